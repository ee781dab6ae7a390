import { FamcalList } from '../famcal-list/famcal-list.js';
import { define } from './define.js';

define('famcal-list', FamcalList);
