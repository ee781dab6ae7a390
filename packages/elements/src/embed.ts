/**
 * The embed: defines every famcal element. Safe to load twice. The details (famcal-activity) and the
 * registration form are chunks of their own, loaded from the embed's folder when a parent opens an
 * activity (or at once when the page itself holds one of them).
 */
import './define/famcal-calendar.js';
import './define/famcal-list.js';
import './define/famcal-month.js';
import './define/famcal-filters.js';

// Parts a page may also use on their own; otherwise they load when a calendar needs them.
if (document.querySelector('famcal-activity')) void import('./define/famcal-activity.js');
if (document.querySelector('famcal-registration')) void import('./define/famcal-registration.js');
