import { FamcalCoordinator } from '../famcal-coordinator/famcal-coordinator.js';
import { FamcalRuleBuilder } from '../famcal-coordinator/rule-builder.js';
import { FamcalClosuresEditor } from '../famcal-coordinator/closures-editor.js';
import { define } from './define.js';

define('famcal-coordinator', FamcalCoordinator);
// The workspace's editors: in this lazy bundle only, never in the parents' embed.
define('famcal-rule-builder', FamcalRuleBuilder);
define('famcal-closures-editor', FamcalClosuresEditor);
