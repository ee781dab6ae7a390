/**
 * The embed: defines every famcal element. Safe to load twice. The filters, the month grid, the details
 * (famcal-activity) and the registration form are chunks of their own, loaded from the embed's folder
 * when they are needed (or at once when the page itself holds one of them).
 */
import { todayIn } from '@famcal/core';
import { loadedFrom } from './embed-service.js';
import { define } from './define/define.js';
import { DEFAULT_TIMEZONE } from './famcal-element.js';
import { FamcalCalendar } from './famcal-calendar/famcal-calendar.js';
import { FamcalList } from './famcal-list/famcal-list.js';

// Three short tasks rather than one long one that keeps a tap waiting on a slow phone: this module; the time
// zone's data, which the runtime loads on first use; then the elements, defined and first rendered together
// (so the space a page keeps for a calendar until it is defined holds until it renders).
setTimeout(() => {
  todayIn(DEFAULT_TIMEZONE);
  setTimeout(() => {
    define('famcal-calendar', FamcalCalendar);
    define('famcal-list', FamcalList);
  }, 0);
}, 0);

// Loaded from a registration service (`<service>/embed/famcal.js`): a calendar's feed and registration
// service default to that service's.
loadedFrom(import.meta.url);

// The month grid is a part of its own: a phone starts with the agenda. A wide screen (or a page that
// uses the grid alone) starts loading it at once, alongside the feed.
if (document.querySelector('famcal-month') || matchMedia('(min-width:601px)').matches) void import('./define/famcal-month.js');

// Parts a page may also use on their own; otherwise they load when a calendar needs them (the filters
// as it connects, alongside its feed).
if (document.querySelector('famcal-filters')) void import('./define/famcal-filters.js');
if (document.querySelector('famcal-activity')) void import('./define/famcal-activity.js');
if (document.querySelector('famcal-registration')) void import('./define/famcal-registration.js');
