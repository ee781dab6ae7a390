import { FamcalRegistration } from '../famcal-registration/famcal-registration.js';
import { define } from './define.js';

define('famcal-registration', FamcalRegistration);
