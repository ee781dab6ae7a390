/**
 * Offsets of IANA time zones, read from the runtime's Intl data — the only part of luxon famcal used
 * (IANAZone), written out here to keep 3 kB out of the embed's 60 kB budget.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** True when the runtime knows this IANA zone. */
export function isKnownZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** The offset of `zone` at the instant `ts`, in minutes (local = UTC + offset). */
export function offsetMinutes(zone: string, ts: number): number {
  const parts = formatterFor(zone).formatToParts(new Date(ts));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  let year = get('year');
  if (parts.find((p) => p.type === 'era')?.value === 'BC') year = 1 - year;
  const hour = get('hour');
  const local = Date.UTC(year, get('month') - 1, get('day'), hour === 24 ? 0 : hour, get('minute'), get('second'));
  const whole = ts - (((ts % 1000) + 1000) % 1000);
  return Math.round((local - whole) / 60_000);
}
