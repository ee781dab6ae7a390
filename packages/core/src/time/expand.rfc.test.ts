/**
 * Every example of RFC 5545 section 3.8.5.3, written as the RFC lists it (America/New_York),
 * expanded with expandSchedule and compared occurrence by occurrence, including the EDT/EST offset.
 */
import { describe, expect, it } from 'vitest';
import { expandSchedule } from './expand.js';
import { localDateTimeOf, zoneOffset } from './local.js';

const NY = 'America/New_York';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Reads the RFC's notation, e.g. "1997 EDT: September 2-30; October 1-25", into local starts with their offsets. */
function rfcDates(groups: string[], time = '09:00'): string[] {
  const out: string[] = [];
  for (const group of groups) {
    const [, year, zone, rest] = /^(\d{4}) (EDT|EST): (.*)$/.exec(group)!;
    for (const monthPart of rest!.split(';')) {
      const [, month, days] = /^\s*([A-Za-z]+)\s+(.*)$/.exec(monthPart)!;
      const m = String(MONTHS.indexOf(month!) + 1).padStart(2, '0');
      for (const range of days!.split(',')) {
        const [a, b] = range.trim().split('-').map(Number) as [number, number | undefined];
        for (let d = a; d <= (b ?? a); d++) out.push(`${year}-${m}-${String(d).padStart(2, '0')}T${time} ${zone}`);
      }
    }
  }
  return out;
}

function hours(day: string, zone: 'EDT' | 'EST', times: string[]): string[] {
  return times.map((t) => `${day}T${t} ${zone}`);
}

function expandRfc(start: string, rrule: string, to: string, exdates?: string[]): string[] {
  return expandSchedule({ start, duration: 'PT1H', rrule, ...(exdates ? { exdates } : {}) }, NY, { from: start.slice(0, 10), to }).map(
    ({ start: s }) => `${localDateTimeOf(s, NY)} ${zoneOffset(NY, s.getTime()) === -4 * 3_600_000 ? 'EDT' : 'EST'}`,
  );
}

interface RfcCase {
  title: string;
  start: string;
  rrules: string[];
  /** End of the window; for rules that run forever, just after the last listed occurrence. */
  to: string;
  exdates?: string[];
  expected: string[];
}

const cases: RfcCase[] = [
  { title: 'Daily for 10 occurrences', start: '1997-09-02T09:00', rrules: ['FREQ=DAILY;COUNT=10'], to: '1998-01-01', expected: rfcDates(['1997 EDT: September 2-11']) },
  {
    title: 'Daily until December 24, 1997', start: '1997-09-02T09:00', rrules: ['FREQ=DAILY;UNTIL=19971224T000000Z'], to: '1998-06-01',
    expected: rfcDates(['1997 EDT: September 2-30; October 1-25', '1997 EST: October 26-31; November 1-30; December 1-23']),
  },
  {
    title: 'Every other day - forever', start: '1997-09-02T09:00', rrules: ['FREQ=DAILY;INTERVAL=2'], to: '1997-12-02',
    expected: rfcDates(['1997 EDT: September 2,4,6,8,10,12,14,16,18,20,22,24,26,28,30; October 2,4,6,8,10,12,14,16,18,20,22,24', '1997 EST: October 26,28,30; November 1,3,5,7,9,11,13,15,17,19,21,23,25,27,29; December 1']),
  },
  { title: 'Every 10 days, 5 occurrences', start: '1997-09-02T09:00', rrules: ['FREQ=DAILY;INTERVAL=10;COUNT=5'], to: '1998-01-01', expected: rfcDates(['1997 EDT: September 2,12,22; October 2,12']) },
  {
    title: 'Every day in January, for 3 years', start: '1998-01-01T09:00',
    rrules: ['FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA', 'FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1'], to: '2002-01-01',
    expected: rfcDates(['1998 EST: January 1-31', '1999 EST: January 1-31', '2000 EST: January 1-31']),
  },
  { title: 'Weekly for 10 occurrences', start: '1997-09-02T09:00', rrules: ['FREQ=WEEKLY;COUNT=10'], to: '1998-06-01', expected: rfcDates(['1997 EDT: September 2,9,16,23,30; October 7,14,21', '1997 EST: October 28; November 4']) },
  {
    title: 'Weekly until December 24, 1997', start: '1997-09-02T09:00', rrules: ['FREQ=WEEKLY;UNTIL=19971224T000000Z'], to: '1998-06-01',
    expected: rfcDates(['1997 EDT: September 2,9,16,23,30; October 7,14,21', '1997 EST: October 28; November 4,11,18,25; December 2,9,16,23']),
  },
  {
    title: 'Every other week - forever', start: '1997-09-02T09:00', rrules: ['FREQ=WEEKLY;INTERVAL=2;WKST=SU'], to: '1998-02-18',
    expected: rfcDates(['1997 EDT: September 2,16,30; October 14', '1997 EST: October 28; November 11,25; December 9,23', '1998 EST: January 6,20; February 3,17']),
  },
  {
    title: 'Weekly on Tuesday and Thursday for five weeks', start: '1997-09-02T09:00',
    rrules: ['FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH', 'FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH'], to: '1998-01-01',
    expected: rfcDates(['1997 EDT: September 2,4,9,11,16,18,23,25,30; October 2']),
  },
  {
    title: 'Every other week on Monday, Wednesday, and Friday until December 24, 1997', start: '1997-09-01T09:00',
    rrules: ['FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR'], to: '1998-06-01',
    expected: rfcDates(['1997 EDT: September 1,3,5,15,17,19,29; October 1,3,13,15,17', '1997 EST: October 27,29,31; November 10,12,14,24,26,28; December 8,10,12,22']),
  },
  { title: 'Every other week on Tuesday and Thursday, for 8 occurrences', start: '1997-09-02T09:00', rrules: ['FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH'], to: '1998-01-01', expected: rfcDates(['1997 EDT: September 2,4,16,18,30; October 2,14,16']) },
  {
    title: 'Monthly on the first Friday for 10 occurrences', start: '1997-09-05T09:00', rrules: ['FREQ=MONTHLY;COUNT=10;BYDAY=1FR'], to: '1999-01-01',
    expected: rfcDates(['1997 EDT: September 5; October 3', '1997 EST: November 7; December 5', '1998 EST: January 2; February 6; March 6; April 3', '1998 EDT: May 1; June 5']),
  },
  { title: 'Monthly on the first Friday until December 24, 1997', start: '1997-09-05T09:00', rrules: ['FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR'], to: '1999-01-01', expected: rfcDates(['1997 EDT: September 5; October 3', '1997 EST: November 7; December 5']) },
  {
    title: 'Every other month on the first and last Sunday of the month for 10 occurrences', start: '1997-09-07T09:00', rrules: ['FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU'], to: '1999-01-01',
    expected: rfcDates(['1997 EDT: September 7,28', '1997 EST: November 2,30', '1998 EST: January 4,25; March 1,29', '1998 EDT: May 3,31']),
  },
  {
    title: 'Monthly on the second-to-last Monday of the month for 6 months', start: '1997-09-22T09:00', rrules: ['FREQ=MONTHLY;COUNT=6;BYDAY=-2MO'], to: '1999-01-01',
    expected: rfcDates(['1997 EDT: September 22; October 20', '1997 EST: November 17; December 22', '1998 EST: January 19; February 16']),
  },
  {
    title: 'Monthly on the third-to-the-last day of the month, forever', start: '1997-09-28T09:00', rrules: ['FREQ=MONTHLY;BYMONTHDAY=-3'], to: '1998-02-27',
    expected: rfcDates(['1997 EDT: September 28', '1997 EST: October 29; November 28; December 29', '1998 EST: January 29; February 26']),
  },
  {
    title: 'Monthly on the 2nd and 15th of the month for 10 occurrences', start: '1997-09-02T09:00', rrules: ['FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15'], to: '1999-01-01',
    expected: rfcDates(['1997 EDT: September 2,15; October 2,15', '1997 EST: November 2,15; December 2,15', '1998 EST: January 2,15']),
  },
  {
    title: 'Monthly on the first and last day of the month for 10 occurrences', start: '1997-09-30T09:00', rrules: ['FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1'], to: '1999-01-01',
    expected: rfcDates(['1997 EDT: September 30; October 1', '1997 EST: October 31; November 1,30; December 1,31', '1998 EST: January 1,31; February 1']),
  },
  {
    title: 'Every 18 months on the 10th thru 15th of the month for 10 occurrences', start: '1997-09-10T09:00', rrules: ['FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15'], to: '2001-01-01',
    expected: rfcDates(['1997 EDT: September 10,11,12,13,14,15', '1999 EST: March 10,11,12,13']),
  },
  {
    title: 'Every Tuesday, every other month', start: '1997-09-02T09:00', rrules: ['FREQ=MONTHLY;INTERVAL=2;BYDAY=TU'], to: '1998-04-01',
    expected: rfcDates(['1997 EDT: September 2,9,16,23,30', '1997 EST: November 4,11,18,25', '1998 EST: January 6,13,20,27; March 3,10,17,24,31']),
  },
  {
    title: 'Yearly in June and July for 10 occurrences', start: '1997-06-10T09:00', rrules: ['FREQ=YEARLY;COUNT=10;BYMONTH=6,7'], to: '2010-01-01',
    expected: rfcDates(['1997 EDT: June 10; July 10', '1998 EDT: June 10; July 10', '1999 EDT: June 10; July 10', '2000 EDT: June 10; July 10', '2001 EDT: June 10; July 10']),
  },
  {
    title: 'Every other year on January, February, and March for 10 occurrences', start: '1997-03-10T09:00', rrules: ['FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3'], to: '2010-01-01',
    expected: rfcDates(['1997 EST: March 10', '1999 EST: January 10; February 10; March 10', '2001 EST: January 10; February 10; March 10', '2003 EST: January 10; February 10; March 10']),
  },
  {
    title: 'Every third year on the 1st, 100th, and 200th day for 10 occurrences', start: '1997-01-01T09:00', rrules: ['FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200'], to: '2010-01-01',
    expected: rfcDates(['1997 EST: January 1', '1997 EDT: April 10; July 19', '2000 EST: January 1', '2000 EDT: April 9; July 18', '2003 EST: January 1', '2003 EDT: April 10; July 19', '2006 EST: January 1']),
  },
  { title: 'Every 20th Monday of the year, forever', start: '1997-05-19T09:00', rrules: ['FREQ=YEARLY;BYDAY=20MO'], to: '1999-12-31', expected: rfcDates(['1997 EDT: May 19', '1998 EDT: May 18', '1999 EDT: May 17']) },
  { title: 'Monday of week number 20, forever', start: '1997-05-12T09:00', rrules: ['FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO'], to: '1999-12-31', expected: rfcDates(['1997 EDT: May 12', '1998 EDT: May 11', '1999 EDT: May 17']) },
  { title: 'Every Thursday in March, forever', start: '1997-03-13T09:00', rrules: ['FREQ=YEARLY;BYMONTH=3;BYDAY=TH'], to: '1999-12-31', expected: rfcDates(['1997 EST: March 13,20,27', '1998 EST: March 5,12,19,26', '1999 EST: March 4,11,18,25']) },
  {
    title: 'Every Thursday, but only during June, July, and August, forever', start: '1997-06-05T09:00', rrules: ['FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8'], to: '1999-12-31',
    expected: rfcDates(['1997 EDT: June 5,12,19,26; July 3,10,17,24,31; August 7,14,21,28', '1998 EDT: June 4,11,18,25; July 2,9,16,23,30; August 6,13,20,27', '1999 EDT: June 3,10,17,24; July 1,8,15,22,29; August 5,12,19,26']),
  },
  {
    title: 'Every Friday the 13th, forever', start: '1997-09-02T09:00', rrules: ['FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13'], exdates: ['1997-09-02T09:00'], to: '2000-12-31',
    expected: rfcDates(['1998 EST: February 13; March 13; November 13', '1999 EDT: August 13', '2000 EDT: October 13']),
  },
  {
    title: 'The first Saturday that follows the first Sunday of the month, forever', start: '1997-09-13T09:00', rrules: ['FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13'], to: '1998-06-14',
    expected: rfcDates(['1997 EDT: September 13; October 11', '1997 EST: November 8; December 13', '1998 EST: January 10; February 7; March 7', '1998 EDT: April 11; May 9; June 13']),
  },
  {
    title: 'Every 4 years, the first Tuesday after a Monday in November (U.S. Presidential Election day)', start: '1996-11-05T09:00',
    rrules: ['FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8'], to: '2004-12-31',
    expected: rfcDates(['1996 EST: November 5', '2000 EST: November 7', '2004 EST: November 2']),
  },
  {
    title: 'The third instance into the month of one of Tuesday, Wednesday, or Thursday, for the next 3 months', start: '1997-09-04T09:00', rrules: ['FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3'], to: '1999-01-01',
    expected: rfcDates(['1997 EDT: September 4; October 7', '1997 EST: November 6']),
  },
  {
    title: 'The second-to-last weekday of the month', start: '1997-09-29T09:00', rrules: ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2'], to: '1998-03-31',
    expected: rfcDates(['1997 EDT: September 29', '1997 EST: October 30; November 27; December 30', '1998 EST: January 29; February 26; March 30']),
  },
  {
    // The RFC prints UNTIL=19970902T170000Z (13:00 EDT) with 15:00 in the list, a known erratum: the list
    // needs an UNTIL of 21:00Z (5:00 PM EDT). The printed UNTIL, compared as an instant, is tested below.
    title: 'Every 3 hours from 9:00 AM to 5:00 PM on a specific day', start: '1997-09-02T09:00', rrules: ['FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T210000Z'], to: '1997-09-04',
    expected: hours('1997-09-02', 'EDT', ['09:00', '12:00', '15:00']),
  },
  { title: 'Every 15 minutes for 6 occurrences', start: '1997-09-02T09:00', rrules: ['FREQ=MINUTELY;INTERVAL=15;COUNT=6'], to: '1997-09-04', expected: hours('1997-09-02', 'EDT', ['09:00', '09:15', '09:30', '09:45', '10:00', '10:15']) },
  { title: 'Every hour and a half for 4 occurrences', start: '1997-09-02T09:00', rrules: ['FREQ=MINUTELY;INTERVAL=90;COUNT=4'], to: '1997-09-04', expected: hours('1997-09-02', 'EDT', ['09:00', '10:30', '12:00', '13:30']) },
  {
    title: 'Every 20 minutes from 9:00 AM to 4:40 PM every day', start: '1997-09-02T09:00',
    rrules: ['FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40', 'FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16'], to: '1997-09-04',
    expected: ['1997-09-02', '1997-09-03'].flatMap((day) =>
      hours(day, 'EDT', [9, 10, 11, 12, 13, 14, 15, 16].flatMap((h) => ['00', '20', '40'].map((m) => `${String(h).padStart(2, '0')}:${m}`))),
    ),
  },
  { title: 'WKST=MO makes a difference', start: '1997-08-05T09:00', rrules: ['FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO'], to: '1998-01-01', expected: rfcDates(['1997 EDT: August 5,10,19,24']) },
  { title: 'changing only WKST from MO to SU yields different results', start: '1997-08-05T09:00', rrules: ['FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU'], to: '1998-01-01', expected: rfcDates(['1997 EDT: August 5,17,19,31']) },
  {
    title: 'An invalid date (i.e., February 30) is ignored', start: '2007-01-15T09:00', rrules: ['FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5'], to: '2008-01-01',
    expected: rfcDates(['2007 EST: January 15,30', '2007 EST: February 15', '2007 EDT: March 15,30']),
  },
];

describe('RFC 5545 3.8.5.3 examples (America/New_York)', () => {
  for (const example of cases) {
    for (const rrule of example.rrules) {
      it(`${example.title} — ${rrule}`, () => {
        expect(expandRfc(example.start, rrule, example.to, example.exdates)).toEqual(example.expected);
      });
    }
  }

  it('the printed "every 3 hours" rule, its UNTIL compared as an instant (13:00 EDT), stops at 12:00', () => {
    expect(expandRfc('1997-09-02T09:00', 'FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z', '1997-09-04')).toEqual(hours('1997-09-02', 'EDT', ['09:00', '12:00']));
  });
});
