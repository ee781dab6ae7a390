/**
 * A coordinator date in the page's words: "wo 10 dec 19:00–21:00", "hele dag", "maandag 7 december", places
 * taken of the capacity — with one formatter per language and zone (a week of 500 dates would otherwise build
 * a thousand).
 */
import { createFormatter } from '@famcal/core';
import { localeOf, type Language } from '../i18n/index.js';
import { coordinatorMessages } from './messages.js';
import type { CoordinatorDate } from './coordinator-types.js';

export class DateWords {
  readonly #formatters = new Map<string, ReturnType<typeof createFormatter>>();

  /** `language` is asked each time: the page's language can change. */
  constructor(private readonly language: () => Language) {}

  #formatter(timezone: string): ReturnType<typeof createFormatter> {
    const key = `${this.language()} ${timezone}`;
    let format = this.#formatters.get(key);
    if (!format) this.#formatters.set(key, (format = createFormatter(localeOf(this.language()), timezone)));
    return format;
  }

  /** "maandag 7 december". */
  dayName = (day: string, timezone: string): string => this.#formatter(timezone).day(day, 'long');

  /** "19:00–21:00", or a whole day's "hele dag". */
  time = (d: CoordinatorDate): string =>
    d.wholeDay ? coordinatorMessages(this.language()).wholeDay : this.#formatter(d.timezone).timeRange(new Date(d.startsAt), new Date(d.endsAt));

  /** "wo 10 dec 19:00–21:00" in the feed's zone. */
  when = (d: CoordinatorDate): string => {
    const format = this.#formatter(d.timezone);
    return `${format.day(format.dateOf(new Date(d.startsAt)), 'short')} ${this.time(d)}`;
  };

  /** Places taken (here and elsewhere) of the capacity, with the part taken elsewhere named. */
  places = (d: CoordinatorDate): string => {
    const m = coordinatorMessages(this.language());
    const taken = d.taken ?? d.confirmed;
    return `${taken}${d.capacity ? ` / ${d.capacity}` : ''}${d.elsewhere ? ` (${m.elsewhere(d.elsewhere)})` : ''}`;
  };
}
