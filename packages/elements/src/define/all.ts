import './famcal-calendar.js';
import './famcal-list.js';
import './famcal-month.js';
import './famcal-filters.js';
import './famcal-activity.js';
import './famcal-registration.js';
