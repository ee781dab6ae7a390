// rrule's BYEASTER (a non-standard extension) is refused by famcal's own RRULE parser, so the embed build
// swaps rrule's Easter computation for this stub.
export const easter = (): never => {
  throw new Error('BYEASTER is not part of RFC 5545 and not supported by famcal');
};
