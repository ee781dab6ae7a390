/** Recurrence: an event's RRULE, RDATE and EXDATE kept as the feed's rule when the core repeats it to the same instants, else its dates listed. */
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import type { JsonObject } from '../../feed/types.js';
import { expandSchedule } from '../../time/expand.js';
import { localDateTimeOf } from '../../time/local.js';
import { timeValues } from './times.js';
import { Unreadable, type ImportContext, type TimeValue } from './types.js';

/** How far ahead an endless rule is checked against the source (and listed, when it cannot be kept). */
const HORIZON_YEARS = 2;
/** At most this many dates listed for one event when its rule cannot be kept. */
const MAX_LISTED = 1000;

/** The schedule of an event: start, duration and its rule or listed dates (with a note when the rule cannot be kept). */
export function scheduleOf(ctx: ImportContext, event: ICAL.Component, start: TimeValue, localStart: string, duration: string, id: string, title: string): JsonObject {
  const schedule: JsonObject = { start: localStart, duration };
  const exdates = event.getAllProperties('exdate').flatMap((p) => timeValues(p, ctx.timezone));
  const rdates = event.getAllProperties('rdate').flatMap((p) => timeValues(p, ctx.timezone));
  const rules = event.getAllProperties('rrule').map((p) => p.getFirstValue() as ICAL.Recur);
  if (rules.length > 1) ctx.notes.push({ path: `activities[${id}].schedule.rrule`, message: `${rules.length} RRULEs; only the first is kept, the others' dates are listed` });
  const rule = rules[0];
  // The dates of a whole-day event are days, even where a calendar wrote them with a time.
  const local = (t: TimeValue) => (start.isDate ? ctx.local(t).slice(0, 10) : ctx.local(t));
  if (rdates.length) schedule.rdates = rdates.map(local);
  if (exdates.length) schedule.exdates = exdates.map(local);
  if (!rule && !rdates.length) return schedule;

  // What the source means: ical.js expands the rule in the event's own zone; luxon places each reading.
  const { instants: wanted, until } = sourceInstants(ctx, start, rules, rdates, exdates);
  if (rule) schedule.rrule = ruleText(ctx, rule, start);
  const kept = keptInstants(ctx, schedule, localStart, until);
  if (kept && sameInstants(kept, wanted)) return schedule;
  // The rule does not mean the same in the feed's zone (another zone's DST, or a rule the core reads otherwise): list its dates.
  const listed = wanted.slice(0, MAX_LISTED);
  const endless = rule && !rule.isFinite();
  const what = `${rule ? `the repeat rule "${rule.toString()}"` : 'the extra dates (RDATE)'} of "${title}" (from ${localStart.replace('T', ' ')})`;
  const otherZone = start.zone && start.zone !== ctx.timezone ? start.zone : undefined;
  const why = !kept
    ? 'is one famcal cannot repeat itself'
    : `${otherZone ? `is set in ${otherZone} time; repeated in ${ctx.timezone} time (the feed's), it ` : ''}would give other dates than your calendar has: ${differences(ctx, wanted, kept)}`;
  ctx.notes.push({
    path: `activities[${id}].schedule`,
    message: `${what} ${why}; so its ${listed.length} date${listed.length === 1 ? '' : 's'}${endless ? ` up to ${DateTime.fromMillis(until, { zone: ctx.timezone }).toISODate()}` : ''} ${listed.length === 1 ? 'is' : 'are'} listed one by one instead of the rule${endless ? ': add the later ones before then' : ''}`,
  });
  const [first, ...rest] = (listed.length ? listed : [ctx.instant(start)]).map((ms) => localDateTimeOf(new Date(ms), ctx.timezone).slice(0, start.isDate ? 10 : 16));
  return { start: first!, duration, ...(rest.length ? { rdates: rest } : {}) };
}


/** The RRULE for the feed: a local UNTIL of another zone becomes UTC, so it keeps meaning the same instant. */
function ruleText(ctx: ImportContext, rule: ICAL.Recur, start: TimeValue): string {
  const copy = rule.clone();
  if (copy.until && !copy.until.isDate && copy.until.zone !== ICAL.Timezone.utcTimezone && start.zone && start.zone !== ctx.timezone) {
    const ms = DateTime.fromISO(copy.until.toString(), { zone: start.zone === 'UTC' ? 'UTC' : start.zone }).toMillis();
    copy.until = ICAL.Time.fromJSDate(new Date(ms), true);
  }
  return copy.toString();
}


/** The first few starts that only one side has, as local dates of the feed: `2026-10-29 17:00 missing, 2026-10-29 18:00 added`. */
function differences(ctx: ImportContext, wanted: readonly number[], kept: readonly number[]): string {
  const keptSet = new Set(kept);
  const wantedSet = new Set(wanted);
  const missing = wanted.filter((ms) => !keptSet.has(ms));
  const added = kept.filter((ms) => !wantedSet.has(ms));
  const text = (ms: number) => localDateTimeOf(new Date(ms), ctx.timezone).replace('T', ' ');
  // The same wall-clock time on both sides is the hour the clocks go back: the offset tells them apart.
  const twice = new Set(missing.slice(0, 3).map(text).filter((t) => added.slice(0, 3).map(text).includes(t)));
  const few = (list: readonly number[]) => {
    const shown = list.slice(0, 3).map((ms) => (twice.has(text(ms)) ? `${text(ms)} (UTC${DateTime.fromMillis(ms, { zone: ctx.timezone }).toFormat('ZZ')})` : text(ms))).join(', ');
    return list.length > 3 ? `${shown} and ${list.length - 3} more` : shown;
  };
  return [missing.length ? `${few(missing)} missing` : '', added.length ? `${few(added)} added` : ''].filter(Boolean).join('; ');
}


/** The starts the core expands from the draft's schedule, up to `until` (a year at a time: a window holds at most 1000); undefined when the core refuses the rule. */
function keptInstants(ctx: ImportContext, schedule: JsonObject, localStart: string, until: number): number[] | undefined {
  const instants: number[] = [];
  const last = DateTime.fromMillis(until, { zone: ctx.timezone });
  try {
    for (let from = DateTime.fromISO(localStart.slice(0, 10), { zone: ctx.timezone }); from <= last; from = from.plus({ years: 1 })) {
      const window = { from: from.toISODate()!, to: from.plus({ years: 1 }).toISODate()! };
      for (const o of expandSchedule(schedule as never, ctx.timezone, window)) if (o.start.getTime() <= until) instants.push(o.start.getTime());
    }
  } catch {
    return undefined;
  }
  return instants;
}


/** Every start the source event has, as instants, up to its end or the horizon (`until`, the last instant looked at). */
function sourceInstants(ctx: ImportContext, start: TimeValue, rules: ICAL.Recur[], rdates: TimeValue[], exdates: TimeValue[]): { instants: number[]; until: number } {
  const horizon = DateTime.fromMillis(Math.max(ctx.now.getTime(), ctx.instant(start)), { zone: ctx.timezone }).plus({ years: HORIZON_YEARS }).toMillis();
  const zone = start.isDate || start.zone === undefined ? ctx.timezone : start.zone;
  const found = new Set<number>([ctx.instant(start)]);
  let until = horizon;
  for (const rule of rules.map((r) => untilInZone(r, zone))) {
    const iterator = rule.iterator(start.isDate ? ICAL.Time.fromDateString(start.value) : ICAL.Time.fromDateTimeString(start.value.slice(0, 19)));
    for (let n = 0; ; n++) {
      const next = iterator.next();
      if (!next) break;
      if (n === MAX_LISTED * 2) {
        until = Math.min(until, Math.max(...found));
        break;
      }
      const ms = DateTime.fromObject({ year: next.year, month: next.month, day: next.day, hour: next.hour, minute: next.minute, second: next.second }, { zone }).toMillis();
      if (ms > horizon) break;
      found.add(ms);
    }
  }
  for (const rdate of rdates) found.add(ctx.instant(rdate));
  for (const exdate of exdates) found.delete(ctx.instant(exdate));
  const instants = [...found].filter((ms) => ms <= until).sort((a, b) => a - b);
  return { instants, until };
}

/**
 * The rule with a UTC UNTIL written as the wall-clock time of `zone`: the iterator runs on wall-clock times
 * of the event (no zone attached), and would otherwise compare 04:00 Berlin with 03:00Z as 04:00 > 03:00
 * and lose the last date (RFC 5545 3.3.10: UNTIL is the instant, inclusive).
 */
function untilInZone(rule: ICAL.Recur, zone: string): ICAL.Recur {
  if (!rule.until || rule.until.isDate || rule.until.zone !== ICAL.Timezone.utcTimezone || zone === 'UTC') return rule;
  const local = DateTime.fromMillis(rule.until.toJSDate().getTime(), { zone });
  const copy = rule.clone();
  copy.until = ICAL.Time.fromData({ year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute, second: local.second, isDate: false });
  return copy;
}

/** Throws {@link Unreadable} when a RRULE cannot be read or repeated from `start`. */
export function checkRule(prop: ICAL.Property, start: TimeValue | undefined): void {
  const raw = prop.toJSON()[3] as Record<string, unknown> | undefined;
  let rule: ICAL.Recur;
  try {
    rule = prop.getFirstValue() as ICAL.Recur;
  } catch {
    throw new Unreadable(raw && 'until' in raw ? 'the end date of its repeat rule (RRULE UNTIL) is not a date' : 'its repeat rule (RRULE) cannot be read');
  }
  if (!rule.freq) throw new Unreadable('its repeat rule (RRULE) cannot be read: it does not say how often (FREQ)');
  // A programme's dates are minutes apart at the least: such a rule would collapse into one date listed a thousand times.
  if (rule.freq === 'SECONDLY' || rule.freq === 'MINUTELY') throw new Unreadable(`it repeats every ${rule.freq === 'SECONDLY' ? 'second' : 'minute'} (FREQ=${rule.freq}), which no activity does; give it a daily or weekly rule`);
  if (!start) return;
  try {
    rule.iterator(start.isDate ? ICAL.Time.fromDateString(start.value) : ICAL.Time.fromDateTimeString(start.value.slice(0, 19))).next();
  } catch {
    throw new Unreadable(`its repeat rule (RRULE) cannot be read: "${rule.toString()}"`);
  }
}

function sameInstants(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
