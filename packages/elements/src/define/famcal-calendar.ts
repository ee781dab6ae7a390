import { FamcalCalendar } from '../famcal-calendar/famcal-calendar.js';
import { define } from './define.js';

define('famcal-calendar', FamcalCalendar);
