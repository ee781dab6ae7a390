import { describe, expect, it } from 'vitest';
import { describeRepeat, type RepeatLanguage } from './describe.js';
import type { RepeatChoice } from './choice.js';

describe('describeRepeat', () => {
  const cases: Array<[RepeatChoice, Record<RepeatLanguage, string>]> = [
    [{ kind: 'once' }, { nl: 'eenmalig', fr: 'une seule fois', en: 'once' }],
    [
      { kind: 'dates', dates: ['2027-02-03', '2027-01-06'] },
      { nl: 'op 6 januari 2027 en 3 februari 2027', fr: 'le 6 janvier 2027 et 3 février 2027', en: 'on 6 January 2027 and 3 February 2027' },
    ],
    [
      { kind: 'weekly', interval: 1, days: ['WE'], end: { kind: 'never' } },
      { nl: 'elke week op woensdag', fr: 'chaque semaine le mercredi', en: 'every week on Wednesday' },
    ],
    [
      { kind: 'weekly', interval: 2, days: ['TU', 'TH'], end: { kind: 'never' } },
      { nl: 'om de twee weken op dinsdag en donderdag', fr: 'toutes les deux semaines le mardi et le jeudi', en: 'every 2 weeks on Tuesday and Thursday' },
    ],
    [
      { kind: 'weekly', interval: 6, days: ['MO', 'WE', 'FR'], end: { kind: 'count', count: 1 } },
      { nl: 'om de 6 weken op maandag, woensdag en vrijdag, 1 keer', fr: 'toutes les 6 semaines le lundi, le mercredi et le vendredi, 1 fois', en: 'every 6 weeks on Monday, Wednesday and Friday, 1 time' },
    ],
    [
      { kind: 'monthly-weekday', position: 1, day: 'WE', end: { kind: 'until', date: '2027-06-30' } },
      { nl: 'elke eerste woensdag van de maand, tot 30 juni 2027', fr: 'chaque premier mercredi du mois, jusqu’au 30 juin 2027', en: 'every first Wednesday of the month, until 30 June 2027' },
    ],
    [
      { kind: 'monthly-weekday', position: -1, day: 'FR', end: { kind: 'until', date: '2027-07-01' } },
      { nl: 'elke laatste vrijdag van de maand, tot 1 juli 2027', fr: 'chaque dernier vendredi du mois, jusqu’au 1er juillet 2027', en: 'every last Friday of the month, until 1 July 2027' },
    ],
    [
      { kind: 'monthly-day', day: 15, end: { kind: 'count', count: 10 } },
      { nl: 'elke maand op dag 15, 10 keer', fr: 'chaque mois le 15, 10 fois', en: 'every month on day 15, 10 times' },
    ],
    [
      { kind: 'monthly-day', day: 1, end: { kind: 'never' } },
      { nl: 'elke maand op dag 1', fr: 'chaque mois le 1er', en: 'every month on day 1' },
    ],
    [
      { kind: 'monthly-day', day: -1, end: { kind: 'never' } },
      { nl: 'elke maand op de laatste dag', fr: 'chaque mois le dernier jour', en: 'every month on the last day' },
    ],
  ];
  for (const [choice, texts] of cases) {
    it.each(Object.entries(texts))(`${JSON.stringify(choice)} in %s`, (language, text) => {
      expect(describeRepeat(choice, language as RepeatLanguage)).toBe(text);
    });
  }

  it('describes a schedule the builder can say by its choice', () => {
    const schedule = { start: '2027-01-06T14:00', duration: 'PT2H', rrule: 'FREQ=MONTHLY;BYDAY=1WE;UNTIL=20270630T235959' };
    expect(describeRepeat(schedule, 'nl')).toBe('elke eerste woensdag van de maand, tot 30 juni 2027');
    expect(describeRepeat({ start: '2027-01-06T14:00', duration: 'PT2H' }, 'fr')).toBe('une seule fois');
  });

  it('describes a rule the builder cannot say with rrule’s words, in English, Dutch and French', () => {
    const schedule = { start: '2027-01-06T14:00', duration: 'PT2H', rrule: 'FREQ=YEARLY;COUNT=3' };
    expect(describeRepeat(schedule, 'en')).toBe('every year for 3 times');
    expect(describeRepeat(schedule, 'nl')).toBe('elk jaar 3 keer');
    expect(describeRepeat(schedule, 'fr')).toBe('chaque année 3 fois');
    const daily = { start: '2027-01-06T14:00', duration: 'PT2H', rrule: 'FREQ=DAILY;INTERVAL=2;UNTIL=20270630' };
    expect(describeRepeat(daily, 'en')).toBe('every 2 days until June 30, 2027');
    expect(describeRepeat(daily, 'nl')).toBe('om de 2 dagen tot 30 juni 2027');
    expect(describeRepeat(daily, 'fr')).toBe('tous les 2 jours jusqu’au 30 juin 2027');
    const hourly = { start: '2027-01-06T14:00', duration: 'PT1H', rrule: 'FREQ=HOURLY;INTERVAL=3;COUNT=4' };
    expect(describeRepeat(hourly, 'fr')).toBe('toutes les 3 heures 4 fois');
    expect(describeRepeat(hourly, 'nl')).toBe('om de 3 uur 4 keer');
  });

  it('says when rrule’s words leave a part out (BYSETPOS), so the text is not taken for the rule', () => {
    const schedule = { start: '2027-01-12T14:00', duration: 'PT2H', rrule: 'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2' };
    expect(describeRepeat(schedule, 'en')).toBe('every month on Tuesday (~ approximate)');
    expect(describeRepeat(schedule, 'nl')).toBe('elke maand op dinsdag (bij benadering)');
    expect(describeRepeat(schedule, 'fr')).toBe('chaque mois le mardi (approximatif)');
  });

  it('lists dates at different times with their times', () => {
    const schedule = { start: '2027-01-06T14:00', duration: 'PT2H', rdates: ['2027-01-09T10:00'] };
    expect(describeRepeat(schedule, 'en')).toBe('on 6 January 2027 at 14:00 and 9 January 2027 at 10:00');
  });
});
