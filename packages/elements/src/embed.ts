/**
 * The embed: defines every famcal element. Safe to load twice. The registration form is a chunk of its
 * own, loaded from the embed's folder when an activity that takes registrations is opened (or at once
 * when the page itself holds a <famcal-registration>).
 */
import './define/famcal-calendar.js';
import './define/famcal-list.js';
import './define/famcal-month.js';
import './define/famcal-filters.js';
import './define/famcal-activity.js';

if (document.querySelector('famcal-registration')) void import('./define/famcal-registration.js');
