import { FamcalCoordinator } from '../famcal-coordinator/famcal-coordinator.js';
import { FamcalRuleBuilder } from '../famcal-coordinator/rule-builder.js';
import { FamcalClosuresEditor } from '../famcal-coordinator/closures-editor.js';
import { FamcalActivityForm } from '../famcal-coordinator/activity-form.js';
import { FamcalProgrammeTab } from '../famcal-coordinator/programme-tab.js';
import { FamcalDateEdit } from '../famcal-coordinator/date-edit.js';
import { FamcalClosuresTab } from '../famcal-coordinator/closures-tab.js';
import { FamcalHistoryTab } from '../famcal-coordinator/history-tab.js';
import { FamcalWebsiteTab } from '../famcal-coordinator/website-tab.js';
import { define } from './define.js';

define('famcal-coordinator', FamcalCoordinator);
// The workspace's editors: in this lazy bundle only, never in the parents' embed.
define('famcal-rule-builder', FamcalRuleBuilder);
define('famcal-closures-editor', FamcalClosuresEditor);
// Registered here, not only by their own modules: the build keeps side effects of define/ files alone.
define('famcal-activity-form', FamcalActivityForm);
define('famcal-programme-tab', FamcalProgrammeTab);
define('famcal-date-edit', FamcalDateEdit);
define('famcal-closures-tab', FamcalClosuresTab);
define('famcal-history-tab', FamcalHistoryTab);
define('famcal-website-tab', FamcalWebsiteTab);
