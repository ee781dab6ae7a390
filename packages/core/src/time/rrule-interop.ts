// rrule ships CommonJS for Node and an extension-less ESM build for bundlers. Node's ESM import of the
// CommonJS build puts the exports on `default`; a bundler sees named exports. Only static member accesses
// on the namespace here, so a bundler still drops the parts of rrule famcal does not use.
import * as rruleModule from 'rrule';

type RRuleModule = typeof import('rrule');
const fromDefault = (rruleModule as unknown as { default?: RRuleModule }).default;

export const RRule: RRuleModule['RRule'] = rruleModule.RRule ?? fromDefault!.RRule;
export const Weekday: RRuleModule['Weekday'] = rruleModule.Weekday ?? fromDefault!.Weekday;
export type RRuleInstance = InstanceType<RRuleModule['RRule']>;
export type RRuleOptions = NonNullable<ConstructorParameters<RRuleModule['RRule']>[0]>;
