import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse.js';
import { feedJsonSchema } from './json-schema.js';
import type { JsonObject } from './types.js';
import { FeedSchema } from './schema.js';
import { feedWith, firstMonday, sampleFeedJson } from '../test-support/feeds.js';

const warnings = (json: unknown) => parseFeed(json).problems.filter((p) => p.severity === 'warning');

describe('parseFeed on valid feeds', () => {
  it('accepts the sample feed without a single problem', () => {
    const { feed, problems } = parseFeed(sampleFeedJson());
    expect(problems).toEqual([]);
    expect(feed.activities.length).toBeGreaterThanOrEqual(25);
    expect(FeedSchema.safeParse(sampleFeedJson()).success).toBe(true);
  });

  it('normalises texts, references and defaults', () => {
    const { feed } = parseFeed(feedWith({ title: 'Kookworkshop', price: { type: 'contribution' }, capacity: { places: 10 }, audience: { childAge: { min: 0, max: 3 } } }));
    const [a] = feed.activities;
    expect(a!.title).toEqual({ nl: 'Kookworkshop' });
    expect(a!.location?.name).toEqual({ nl: 'Huis van het Kind Noord' });
    expect(a!.organizer?.id).toBe('hvhk');
    expect(a!.price).toEqual({ type: 'contribution', currency: 'EUR' });
    expect(a!.capacity).toEqual({ places: 10, unit: 'person', waitlist: false });
    expect(a!.audience.childAge).toEqual({ min: 0, max: 3, unit: 'years' });
    expect(a!.languages).toEqual(['nl']);
  });

  it('reads JSON text too', () => {
    expect(parseFeed(JSON.stringify(feedWith({}))).feed.activities).toHaveLength(1);
  });
});

describe('parseFeed on broken feeds: each problem with its path, the valid rest kept', () => {
  it('skips an activity with an RRULE typo and names the bad part', () => {
    const { feed, problems } = parseFeed(feedWith({}, { schedule: { start: '2026-01-07T14:00', duration: 'PT2H', rrule: 'FREQ=MONTHLY;BYDAI=1WE' } }, {}));
    expect(feed.activities.map((a) => a.id)).toEqual(['a0', 'a2']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('activities[1].schedule.rrule');
    expect(problems[0]!.message).toMatch(/unknown part "BYDAI"; did you mean BYDAY\?/);
  });

  it('names an unknown time zone and keeps the activities', () => {
    const { feed, problems } = parseFeed({ ...feedWith({}), timezone: 'Europe/Brussel' });
    expect(problems).toEqual([expect.objectContaining({ path: 'timezone', severity: 'error', message: expect.stringMatching(/not an IANA time zone.*Europe\/Brussels" is used meanwhile/) })]);
    expect(feed.activities).toHaveLength(1);
  });

  it('reports an unknown location or organizer id, with a suggestion, and keeps the activity without it', () => {
    const { feed, problems } = parseFeed(feedWith({ location: 'nord' }, { organizer: 'nobody' }));
    expect(problems.map((p) => [p.path, p.severity])).toEqual([['activities[0].location', 'warning'], ['activities[1].organizer', 'warning']]);
    expect(problems[0]!.message).toMatch(/unknown location "nord"; did you mean "noord"\?.*shown without a place/);
    expect(feed.activities).toHaveLength(2);
    expect(feed.activities[0]!.location).toBeUndefined();
  });

  it('drops a bad field of an organizer or location with a warning, never the organizer, the location or their activities', () => {
    const input = structuredClone(feedWith({ organizer: 'gezinsbond' }, { organizer: 'gezinsbond', location: 'noord' })) as Record<string, any>;
    input.organizers = [{ id: 'gezinsbond', name: 'Gezinsbond', url: 'www.gezinsbond.be', email: 'info@gezinsbond.be' }];
    input.locations[0].geo = { lat: 91, lon: 4.4 };
    input.locations[0].url = 'javascript:alert(1)';
    const { feed, problems } = parseFeed(JSON.stringify(input));
    expect(feed.activities).toHaveLength(2);
    expect(feed.organizers[0]).toMatchObject({ id: 'gezinsbond', email: 'info@gezinsbond.be' });
    expect(feed.organizers[0]!.url).toBeUndefined();
    expect(feed.activities[1]!.location?.geo).toBeUndefined();
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p]));
    expect(byPath['organizers[0].url']).toMatchObject({ severity: 'warning', code: 'field-left-out' });
    expect(byPath['organizers[0].url']!.message).toMatch(/http:\/\/ or https:\/\/.*left out; the organizer is kept/);
    expect(byPath['locations[0].geo.lat']).toMatchObject({ severity: 'warning' });
    expect(problems.every((p) => !/activitie\b/.test(p.message))).toBe(true);
  });

  it('accepts a feed saved with a byte-order mark', () => {
    const { feed, problems } = parseFeed(`\uFEFF${JSON.stringify(feedWith({}))}`);
    expect(problems).toEqual([]);
    expect(feed.activities).toHaveLength(1);
  });

  it('warns, naming the activity, when a rule gives more dates than a view shows, and caps the expansion', async () => {
    const { expandSchedule, MAX_OCCURRENCES_PER_WINDOW } = await import('../time/expand.js');
    const { feed, problems } = parseFeed(feedWith({ id: 'elk-uur', schedule: { start: '2026-01-07T00:00', duration: 'PT30M', rrule: 'FREQ=HOURLY' } }, { id: 'kwartier', schedule: { start: '2026-01-07T00:00', duration: 'PT10M', rrule: 'FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;BYMINUTE=0,15,30,45' } }));
    expect(feed.activities).toHaveLength(2);
    expect(problems.map((p) => [p.path, p.severity])).toEqual([['activities[1].schedule.rrule', 'warning']]);
    expect(problems[0]!.message).toMatch(/activity "kwartier" has more than 1,000 dates in a month/);
    expect(expandSchedule(feed.activities[0]!.schedule, 'Europe/Brussels', { from: '2026-01-01', to: '2027-01-01' })).toHaveLength(MAX_OCCURRENCES_PER_WINDOW);
  });

  it('refuses MINUTELY and SECONDLY rules with a fix', () => {
    const { feed, problems } = parseFeed(feedWith({ schedule: { start: '2026-01-07T14:00', duration: 'PT1H', rrule: 'FREQ=SECONDLY' } }, { schedule: { start: '2026-01-07T14:00', duration: 'PT1H', rrule: 'FREQ=MINUTELY;INTERVAL=15' } }));
    expect(feed.activities).toHaveLength(0);
    expect(problems.map((p) => p.path)).toEqual(['activities[0].schedule.rrule', 'activities[1].schedule.rrule']);
    expect(problems[0]!.message).toMatch(/FREQ=SECONDLY repeats every second; list the times in "rdates", or use FREQ=HOURLY/);
  });

  it('warns about an EXDATE that matches no occurrence and keeps the activity', () => {
    const result = parseFeed(feedWith({ schedule: { start: '2026-01-07T14:00', duration: 'PT2H', rrule: 'FREQ=MONTHLY;BYDAY=1WE', exdates: ['2026-02-04T14:00', '2026-02-05T14:00', '2026-03-04T15:00'] } }));
    expect(result.feed.activities).toHaveLength(1);
    expect(result.problems.map((p) => [p.path, p.severity])).toEqual([
      ['activities[0].schedule.exdates[1]', 'warning'],
      ['activities[0].schedule.exdates[2]', 'warning'],
    ]);
    expect(result.problems[1]!.message).toMatch(/occurrences start at 14:00/);
  });

  it('warns when start is not a date of the rule, and about overrides of no occurrence', () => {
    const w = warnings(feedWith({
      schedule: { start: '2026-01-06T14:00', duration: 'PT2H', rrule: 'FREQ=MONTHLY;BYDAY=1WE' },
      overrides: [{ occurrence: '2026-02-05T14:00', status: 'cancelled' }, { occurrence: '2026-02-04T14:00', status: 'cancelled' }, { occurrence: '2026-02-04T14:00', status: 'cancelled' }],
    }));
    expect(w.map((p) => p.path)).toEqual(['activities[0].schedule.start', 'activities[0].overrides[0].occurrence', 'activities[0].overrides[2]']);
  });

  it('warns about unknown fields with the field probably meant', () => {
    const w = warnings(feedWith({ registartion: { required: true } }));
    expect(w).toEqual([expect.objectContaining({ path: 'activities[0].registartion', message: expect.stringMatching(/did you mean "registration"/) })]);
  });

  it('explains wrong types, enums, missing fields and bad values in words', () => {
    const problems = parseFeed(feedWith(
      { title: 42 },
      { categories: ['cooking-worshop'] },
      { price: { type: 'tiered', tiers: [{ id: 'low', amount: 2 }] } },
      { schedule: { start: '2026-01-07 14:00', duration: 'PT2H' } },
      { schedule: { start: '2026-01-07T14:00', duration: '2h' } },
      { capacity: { places: 2.5 } },
      { audience: { childAge: { min: 6, max: 3 } } },
      { price: { type: 'gratis' } },
      { url: 'javascript:alert(1)' },
      { id: undefined },
      { overrides: [{ occurrence: '2026-02-04T14:00', status: 'moved' }] },
      { title: { nl: 'Koken', Nederlands: 'Koken' } },
    )).problems;
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p.message]));
    expect(byPath['activities[0].title']).toMatch(/expected a text or an object \{ … \}, got number 42/);
    expect(byPath['activities[1].categories[0]']).toMatch(/did you mean "cooking-workshop"/);
    expect(byPath['activities[2].price.tiers']).toMatch(/at least two tiers/);
    expect(byPath['activities[3].schedule.start']).toMatch(/write "2026-01-07T14:00"/);
    expect(byPath['activities[4].schedule.duration']).toMatch(/ISO 8601 duration/);
    expect(byPath['activities[5].capacity.places']).toMatch(/whole number/);
    expect(byPath['activities[6].audience.childAge.max']).toMatch(/min must not be greater than max/);
    expect(byPath['activities[7].price.type'] ?? byPath['activities[7].price']).toBeDefined();
    expect(byPath['activities[8].url']).toMatch(/http/);
    expect(byPath['activities[9].id']).toMatch(/is required/);
    expect(byPath['activities[10].overrides[0].start']).toMatch(/moved occurrence needs its new "start"/);
    expect(byPath['activities[11].title']).toMatch(/^has the key "Nederlands", which is not allowed; use a lower-case language code such as "nl"/);
    expect(parseFeed(feedWith({}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {})).feed.activities).toHaveLength(12);
    // A bad title, date, capacity, id, change of date, price or children's age skips the activity (a parent would read
    // a paid workshop as one without a price); a bad category or link only leaves that field out.
    const severity = Object.fromEntries(problems.map((p) => [p.path.split('.')[0], p.severity]));
    expect(severity).toMatchObject({ 'activities[0]': 'error', 'activities[1]': 'warning', 'activities[2]': 'error', 'activities[3]': 'error', 'activities[5]': 'error', 'activities[6]': 'error', 'activities[7]': 'error', 'activities[8]': 'warning', 'activities[9]': 'error', 'activities[10]': 'error' });
  });

  it('reports duplicate ids and keeps the first', () => {
    const { feed, problems } = parseFeed(feedWith({ id: 'x' }, { id: 'x', title: 'second' }));
    expect(feed.activities.map((a) => a.title.nl)).toEqual(['Activiteit 0']);
    expect(problems[0]!.path).toBe('activities[1].id');
  });

  it('handles a feed that is not an object, not JSON, or truncated', () => {
    for (const input of [null, 42, 'not json', '[1,2]', '', JSON.stringify(sampleFeedJson()).slice(0, 5000), [], undefined]) {
      const result = parseFeed(input);
      expect(result.feed.activities).toEqual([]);
      expect(result.problems.length).toBeGreaterThan(0);
      expect(result.problems[0]!.path).toBe('');
    }
    expect(parseFeed('{"version":1,').problems[0]!.message).toMatch(/not valid JSON/);
  });

  it('reads a feed of rules that would hang rrule: each refused or answered, the others kept', () => {
    // Written to hurt, a hundred of each: a time of day never reached (rrule loops for ever), a BYSETPOS no
    // week can hold, days no month has, a rule whose step never lands on its day (rrule walks every period
    // to the year 9999 for the last two), and a duration that ends in no year a date can hold.
    const hostile = Array.from({ length: 100 }, (_, i) => [
      { schedule: { start: '2026-01-01T03:00', duration: 'PT1H', rrule: 'FREQ=HOURLY;INTERVAL=24;BYHOUR=5' } },
      { schedule: { start: '2026-01-06T10:00', duration: 'PT1H', rrule: 'FREQ=WEEKLY;BYDAY=TU;BYSETPOS=2' } },
      { schedule: { start: `${1990 + (i % 30)}-01-07T10:00`, duration: 'PT1H', rrule: 'FREQ=HOURLY;BYMONTH=4;BYMONTHDAY=31;COUNT=3' } },
      { schedule: { start: `${firstMonday(1990 + (i % 30))}T10:00`, duration: 'PT1H', rrule: 'FREQ=DAILY;INTERVAL=7;BYDAY=TU;COUNT=9' } },
      { schedule: { start: '2026-01-07T10:00', duration: 'P99999999D' } },
    ]).flat();
    const { feed, problems } = parseFeed(feedWith({ title: 'Peuterspel', schedule: { start: '2026-01-07T14:00', duration: 'PT2H', rrule: 'FREQ=WEEKLY;BYDAY=WE' } }, ...hostile));
    expect(feed.activities.map((a) => a.id)).toContain('a0');
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(400);
    const at = (path: string) => errors.find((p) => p.path === path)?.message;
    expect(at('activities[1].schedule.rrule')).toMatch(/^BYHOUR=5 is never reached every 24 hours from 03:00/);
    expect(at('activities[2].schedule.rrule')).toMatch(/^BYSETPOS=2 picks from the dates of each week/);
    expect(at('activities[3].schedule.rrule')).toMatch(/^no day has BYMONTH=4 and BYMONTHDAY=31 together/);
    expect(at('activities[5].schedule.duration')).toMatch(/^is longer than a year; write at most 366 days/);
    // A rule that only never lands on its day (every seventh day from a Monday, on Tuesdays) is kept with
    // its start (RFC 5545), and said to be odd.
    expect(feed.activities).toHaveLength(101);
    expect(warnings(feedWith(hostile[3]!))[0]).toMatchObject({ path: 'activities[0].schedule.start', message: expect.stringMatching(/is not a date of the rrule/) });
  });

  it('never throws on random, huge, deep or wrongly typed input', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const values = (depth: number): unknown => {
      const r = random();
      if (depth > 4 || r < 0.2) return [null, true, 0, -1, 1e308, NaN, '', 'x', '2026-01-07T14:00', 'FREQ=DAILY', '𝒳\u0000\u202e'][Math.floor(random() * 11)];
      if (r < 0.5) return Array.from({ length: Math.floor(random() * 4) }, () => values(depth + 1));
      const keys = ['id', 'title', 'schedule', 'start', 'duration', 'rrule', 'price', 'type', 'tiers', 'activities', 'version', 'timezone', '__proto__', 'constructor'];
      return Object.fromEntries(Array.from({ length: Math.floor(random() * 5) }, () => [keys[Math.floor(random() * keys.length)]!, values(depth + 1)]));
    };
    const sample = sampleFeedJson() as { activities: unknown[] };
    for (let i = 0; i < 300; i++) {
      const mutated = structuredClone(sample) as { activities: Array<Record<string, unknown>> };
      const target = mutated.activities[i % mutated.activities.length]!;
      const key = Object.keys(target)[Math.floor(random() * Object.keys(target).length)]!;
      target[key] = values(0);
      const { feed, problems } = parseFeed(mutated);
      expect(feed.activities.length).toBeGreaterThanOrEqual(sample.activities.length - 1);
      expect(problems.some((p) => p.path === '')).toBe(false);
      expect(() => parseFeed(values(0))).not.toThrow();
    }
    let deep: unknown = {};
    for (let i = 0; i < 10_000; i++) deep = { activities: [deep] };
    expect(() => parseFeed(deep)).not.toThrow();
    expect(() => parseFeed('['.repeat(100_000))).not.toThrow();
    const huge = feedWith({ title: 'x'.repeat(5_000_000) }, {});
    expect(parseFeed(huge).feed.activities.map((a) => a.id)).toEqual(['a1']);
    const many = feedWith(...Array.from({ length: 2000 }, () => ({})));
    expect(parseFeed(many).feed.activities).toHaveLength(2000);
  });
});

describe('the generated JSON Schema', () => {
  it('accepts the sample feed and rejects what parseFeed rejects, in a standard validator (ajv)', async () => {
    const ajvModule = await import('ajv/dist/2020.js');
    const Ajv2020 = (ajvModule as unknown as { default: typeof ajvModule.Ajv2020 }).default;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(feedJsonSchema());
    expect(validate(sampleFeedJson()), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(feedWith({ price: { type: 'gratis' } }))).toBe(false);
    expect(validate(feedWith({ schedule: { start: '2026-01-07 14:00', duration: 'PT2H' } }))).toBe(false);
    expect(validate(feedWith({ categories: ['cooking-worshop'] }))).toBe(false);
    // As strict as parseFeed: a misspelt field, a link that is not http(s), a moved date without its new start.
    expect(validate(feedWith({ registartion: { required: true } }))).toBe(false);
    expect(validate(feedWith({ schedule: { start: '2026-01-07T14:00', duration: 'PT2H', rrul: 'FREQ=WEEKLY' } }))).toBe(false);
    expect(validate(feedWith({ url: 'javascript:alert(1)' }))).toBe(false);
    expect(validate(feedWith({ url: 'www.example.be' }))).toBe(false);
    expect(validate(feedWith({ url: 'https://www.example.be/agenda' }))).toBe(true);
    expect(validate(feedWith({ overrides: [{ occurrence: '2026-02-04T14:00', status: 'moved' }] }))).toBe(false);
    expect(validate(feedWith({ overrides: [{ occurrence: '2026-02-04T14:00', status: 'moved', start: '2026-02-05T14:00' }] }))).toBe(true);
    expect(validate(feedWith({ title: { nl: 'Koken', fr: 'Cuisine' } }))).toBe(true);
  });

  it('describes the fields for editors, shared and nested ones alike', () => {
    const activity = (((feedJsonSchema().properties as JsonObject).activities as JsonObject).items as JsonObject).properties as Record<string, JsonObject>;
    const at = (node: JsonObject, ...keys: string[]) => keys.reduce((n, key) => n[key] as JsonObject, node);
    expect(at(activity.schedule!, 'properties', 'rrule').description).toMatch(/^RFC 5545 RRULE/);
    expect(at(activity.schedule!, 'properties', 'start').description).toMatch(/^Local wall-clock/);
    expect(at(activity.registration!, 'properties', 'scope').description).toMatch(/^"series"/);
    expect(at(activity.overrides!, 'items', 'properties', 'title').description).toMatch(/own title or topic/);
    // The override's description is its own: the activity's title keeps the general one.
    expect(activity.title!.description).toMatch(/^A text, or a map/);
  });
});
