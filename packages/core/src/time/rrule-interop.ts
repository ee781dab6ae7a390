// rrule ships CommonJS for Node and an extension-less ESM build for bundlers; a namespace import
// works in both, as long as we look for the exports on `default` too (Node's CJS interop).
import * as rruleModule from 'rrule';

type RRuleModule = typeof import('rrule');
const mod = rruleModule as unknown as RRuleModule & { default?: RRuleModule };

export const RRule: RRuleModule['RRule'] = mod.RRule ?? mod.default!.RRule;
export const Weekday: RRuleModule['Weekday'] = mod.Weekday ?? mod.default!.Weekday;
export type RRuleInstance = InstanceType<RRuleModule['RRule']>;
export type RRuleOptions = NonNullable<ConstructorParameters<RRuleModule['RRule']>[0]>;
