// rrule's natural-language helpers (RRule.toText / fromText) are never called by famcal, but rrule's
// class imports them unconditionally. The embed build swaps them for this stub to keep ~4 kB out of the
// bundle; calling them in the embed throws instead of producing English text.
const unavailable = () => {
  throw new Error('RRule.toText/fromText are not included in the famcal embed');
};
export const fromText = unavailable;
export const parseText = unavailable;
export const toText = unavailable;
export const isFullyConvertible = () => false;
