import { FamcalFilters } from '../famcal-filters/famcal-filters.js';
import { define } from './define.js';

define('famcal-filters', FamcalFilters);
