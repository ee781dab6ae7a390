/** Activities: each event (with its changed dates) as an activity of the draft, or left out with a note saying why; a failure undoes its half. */
import type ICAL from 'ical.js';
import type { JsonObject } from '../../feed/types.js';
import { slug, uniqueIn } from '../ids.js';
import { Entities } from './entities.js';
import { descriptionOf, droppedOf, textOf, todoOf } from './properties.js';
import { checkRule, scheduleOf } from './recurrence.js';
import { durationOf, timeValues } from './times.js';
import { eventLabel, FIX, Unreadable, type ImportContext, type TimeValue } from './types.js';

/** Builds the draft's activities, locations and organisers from the events, one at a time. */
export class Importer {
  readonly activities: JsonObject[] = [];
  readonly entities = new Entities();
  readonly todo: Record<string, string[]> = {};
  private readonly ids = new Set<string>();

  constructor(private readonly ctx: ImportContext) {}

  /**
   * add(), unless the event cannot be read: then a note names it and says why, and the draft is left as it was.
   * A change of a series (RECURRENCE-ID) that cannot be read is left out on its own; the series is kept.
   */
  addOrLeaveOut(event: ICAL.Component, exceptions: ICAL.Component[]): void {
    const path = `VEVENT ${String(event.getFirstPropertyValue('uid') ?? '') || textOf(event, 'summary') || this.activities.length + 1}`;
    const reason = this.problemOf(event);
    if (reason) {
      this.ctx.notes.push({ path, message: `${this.nameOf(event)} was left out: ${reason}; ${FIX}` });
      return;
    }
    const readable = exceptions.filter((exception) => {
      const why = this.problemOf(exception);
      if (!why) return true;
      const title = textOf(exception, 'summary');
      const date = this.dateOf(exception, 'dtstart') ?? this.dateOf(exception, 'recurrence-id');
      const which = [title ? `"${title}"` : '', date ?? ''].filter(Boolean).join(', ');
      this.ctx.notes.push({ path, message: `a change to ${this.nameOf(event)}${which ? ` (${which})` : ''} was left out: ${why}; the series is imported without it: check its dates by hand` });
      return false;
    });
    const before = { notes: this.ctx.notes.length, activities: this.activities.length, ids: this.ids.size, entities: this.entities.mark() };
    try {
      this.add(event, readable);
    } catch (error) {
      // Something the checks did not foresee: undo what the event had added, so the draft holds no half of it.
      this.ctx.notes.length = before.notes;
      this.activities.length = before.activities;
      for (const id of [...this.ids].slice(before.ids)) {
        this.ids.delete(id);
        delete this.todo[id];
      }
      this.entities.undo(before.entities);
      this.ctx.notes.push({ path, message: `${this.nameOf(event)} was left out: something in it cannot be read (the calendar reader said: ${(error as Error).message}); ${FIX}` });
    }
  }

  /** Why an event cannot be imported, in words; undefined when every time, length and rule in it reads. */
  private problemOf(event: ICAL.Component): string | undefined {
    try {
      for (const name of ['dtstart', 'dtend', 'recurrence-id', 'exdate', 'rdate']) for (const p of event.getAllProperties(name)) timeValues(p, this.ctx.timezone);
      if (event.hasProperty('duration')) {
        try {
          event.getFirstPropertyValue('duration');
        } catch {
          throw new Unreadable('its length (DURATION) is not a duration (such as PT1H30M)');
        }
      }
      const start = event.getFirstProperty('dtstart');
      for (const p of event.getAllProperties('rrule')) checkRule(p, start ? timeValues(start, this.ctx.timezone)[0]! : undefined);
      return undefined;
    } catch (error) {
      if (error instanceof Unreadable) return error.message;
      return `something in it cannot be read (the calendar reader said: ${(error as Error).message})`;
    }
  }

  /** `the event "Title" of 2026-01-07 14:00` (its start in the feed's zone), as a coordinator finds it. */
  private nameOf(event: ICAL.Component): string {
    return eventLabel(textOf(event, 'summary'), this.dateOf(event, 'dtstart'));
  }

  /** A date property's first value as `YYYY-MM-DD HH:mm` in the feed's zone; undefined when missing or unreadable. */
  private dateOf(event: ICAL.Component, name: string): string | undefined {
    const prop = event.getFirstProperty(name);
    if (!prop) return undefined;
    try {
      const time = timeValues(prop, this.ctx.timezone)[0]!;
      return time.isDate ? time.value : this.ctx.local(time).replace('T', ' ');
    } catch {
      // A zone no one knows: the date as written.
      const written = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?/.exec(String(prop.toJSON()[3]))?.[0];
      return written?.replace('T', ' ');
    }
  }

  /** The event (with its readable changes) as an activity of the draft; a cancelled or start-less one as a note. */
  private add(event: ICAL.Component, exceptions: ICAL.Component[]): void {
    const uid = String(event.getFirstPropertyValue('uid') ?? '');
    const summary = textOf(event, 'summary');
    const where = `VEVENT ${uid || summary || this.activities.length + 1}`;
    if (String(event.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED' && !event.hasProperty('recurrence-id')) {
      this.ctx.notes.push({ path: where, message: `${this.nameOf(event)} was left out: the event is cancelled (STATUS:CANCELLED)` });
      return;
    }
    const startProp = event.getFirstProperty('dtstart');
    if (!startProp) {
      this.ctx.notes.push({ path: where, message: `${eventLabel(summary, undefined).replace(' (its date cannot be read)', '')} was left out: it has no start (DTSTART); ${FIX}` });
      return;
    }
    // A readable id from the title: it shows in links to a date; calendar UIDs are long random strings.
    const id = this.uniqueId(summary || uid || 'activity');
    const start = timeValues(startProp, this.ctx.timezone)[0]!;
    const localStart = this.ctx.local(start);
    const duration = durationOf(this.ctx, event, start, where);
    const activity: JsonObject = { id, title: summary || '(zonder titel)' };
    if (!summary) this.ctx.notes.push({ path: `activities[${id}].title`, message: 'the event has no SUMMARY; write a title' });
    const description = descriptionOf(event);
    if (description) activity.description = description;
    const location = this.entities.locationOf(event);
    if (location) activity.location = location;
    const organizer = this.entities.organizerOf(event);
    if (organizer) activity.organizer = organizer;
    const url = event.getFirstPropertyValue('url');
    if (typeof url === 'string' && /^https?:\/\/\S+$/i.test(url)) activity.url = url;
    else if (url) this.ctx.notes.push({ path: `activities[${id}].url`, message: `"${String(url)}" left out: only http(s) links are kept` });

    activity.schedule = scheduleOf(this.ctx, event, start, localStart, duration, id, activity.title as string);
    const overrides = this.overridesOf(exceptions, activity.schedule as JsonObject, duration, id, start.isDate);
    if (overrides.length) activity.overrides = overrides;

    const dropped = droppedOf(event);
    if (dropped.length) this.ctx.notes.push({ path: `activities[${id}]`, message: `dropped ${dropped.join(', ')}: a public programme does not carry them` });
    this.todo[id] = todoOf(event, !!location);
    this.activities.push(activity);
  }


  /** The changed dates of a series (RECURRENCE-ID) as the activity's overrides: cancelled, moved, or other texts. */
  private overridesOf(exceptions: ICAL.Component[], schedule: JsonObject, duration: string, id: string, wholeDays: boolean): JsonObject[] {
    const overrides: JsonObject[] = [];
    const listed = new Set([schedule.start, ...((schedule.rdates as string[] | undefined) ?? [])]);
    for (const exception of exceptions) {
      const ridProp = exception.getFirstProperty('recurrence-id')!;
      const rid = ridOf(timeValues(ridProp, this.ctx.timezone)[0]!, wholeDays);
      const occurrence = this.ctx.local(rid);
      const path = `activities[${id}].overrides`;
      if (ridProp.getParameter('range')) this.ctx.notes.push({ path, message: `the change of ${occurrence} was for "this and future" dates; it is kept for that date only: change the rule for the rest` });
      if (!schedule.rrule && !listed.has(occurrence)) {
        this.ctx.notes.push({ path, message: `a change for ${occurrence}, which is not one of the series' dates, left out` });
        continue;
      }
      const override: JsonObject = { occurrence };
      if (String(exception.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') override.status = 'cancelled';
      else {
        const startProp = exception.getFirstProperty('dtstart');
        // A changed day of a whole-day series stays a day, even where the calendar wrote its new start with a time.
        const written = startProp ? timeValues(startProp, this.ctx.timezone)[0]! : rid;
        const start = wholeDays && !written.isDate ? ridOf(written, true) : written;
        const newStart = this.ctx.local(start);
        if (newStart !== occurrence) Object.assign(override, { status: 'moved', start: newStart });
        const newDuration = durationOf(this.ctx, exception, start, path);
        if (newDuration !== duration && (exception.hasProperty('dtend') || exception.hasProperty('duration'))) override.duration = newDuration;
        const title = textOf(exception, 'summary');
        if (title) override.title = title;
        const description = descriptionOf(exception);
        if (description) override.description = description;
        const location = this.entities.locationOf(exception);
        if (location) override.location = location;
      }
      overrides.push(override);
    }
    return overrides;
  }


  /** A readable, unique activity id from a title. */
  private uniqueId(source: string): string {
    const id = uniqueIn(slug(source.replace(/@/g, '-')) || 'activity', this.ids);
    this.ids.add(id);
    return id;
  }
}

/**
 * The date a change (RECURRENCE-ID) is for. Of a series of whole days it names a day: Exchange writes it as
 * midnight of its own zone (`TZID=GMT Standard Time:20261214T000000`), which placed in Brussels is 01:00 and
 * matches no date of the series, so the day as written is the one meant.
 */
function ridOf(rid: TimeValue, wholeDays: boolean): TimeValue {
  return wholeDays && !rid.isDate ? { value: rid.value.slice(0, 10), zone: undefined, isDate: true } : rid;
}
