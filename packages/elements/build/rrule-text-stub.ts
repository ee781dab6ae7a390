// rrule's text forms (RRule.fromString / parseString / toString / optionsToString) are never used by
// famcal, which parses RRULE text itself (core/time/rrule-parse.ts) to report precise problems. The embed
// build swaps them for this stub to keep them out of the bundle.
const unavailable = (): never => {
  throw new Error('rrule text parsing and formatting are not included in the famcal embed');
};
export const parseString = unavailable;
export const parseDtstart = unavailable;
export const optionsToString = unavailable;
export const timeToUntilString = unavailable;
