import { FamcalMonth } from '../famcal-month/famcal-month.js';
import { define } from './define.js';

define('famcal-month', FamcalMonth);
