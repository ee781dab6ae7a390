import { FamcalActivity } from '../famcal-activity/famcal-activity.js';
import { define } from './define.js';

define('famcal-activity', FamcalActivity);
