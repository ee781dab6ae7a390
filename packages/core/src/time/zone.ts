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

const validZones = new Map<string, boolean>();

/** True when the runtime knows this IANA zone (asked of luxon once per name: each answer builds an Intl formatter). */
export function isKnownZone(zone: string): boolean {
  let valid = validZones.get(zone);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(zone);
    if (validZones.size > 1000) validZones.clear();
    validZones.set(zone, valid);
  }
  return valid;
}

const BUCKET = 15 * 60_000;
/** Offsets per zone and quarter hour; `null` for a quarter hour in which the offset changes. */
const offsets = new Map<string, Map<number, number | null>>();

/**
 * The offset of `zone` at the instant `ts`, in minutes (local = UTC + offset). Asking Intl is slow
 * (thousands of dates per view), so the answer is kept per quarter hour — but only for a quarter hour
 * that has the same offset at its start and its end; inside one where the offset changes, luxon is asked
 * for the exact instant every time.
 */
export function offsetMinutes(zone: string, ts: number): number {
  let known = offsets.get(zone);
  if (!known) offsets.set(zone, (known = new Map()));
  const bucket = Math.floor(ts / BUCKET);
  let offset = known.get(bucket);
  if (offset === undefined) {
    const iana = zoneFor(zone);
    const first = iana.offset(bucket * BUCKET);
    offset = first === iana.offset(bucket * BUCKET + BUCKET - 1) ? first : null;
    if (known.size > 20_000) known.clear();
    known.set(bucket, offset);
  }
  return offset ?? zoneFor(zone).offset(ts);
}
