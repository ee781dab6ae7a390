import { FamcalCoordinator } from '../famcal-coordinator/famcal-coordinator.js';
import { define } from './define.js';

define('famcal-coordinator', FamcalCoordinator);
