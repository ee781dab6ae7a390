/**
 * Offsets of IANA time zones: luxon's IANAZone, which reads the runtime's Intl zone data. famcal keeps
 * its own rules for placing a wall-clock time (RFC 5545 3.3.5, see local.ts) and asks luxon only what
 * the offset of a zone is at an instant — the one question every DST rule depends on.
 */
import { IANAZone } from 'luxon';

const zones = new Map<string, IANAZone>();

function zoneFor(name: string): IANAZone {
  let zone = zones.get(name);
  if (!zone) {
    zone = IANAZone.create(name);
    zones.set(name, zone);
  }
  return zone;
}

/** True when the runtime knows this IANA zone. */
export function isKnownZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** The offset of `zone` at the instant `ts`, in minutes (local = UTC + offset). */
export function offsetMinutes(zone: string, ts: number): number {
  return zoneFor(zone).offset(ts);
}
