// The core from plain Node: this week's programme of the sample feed, in the language you ask for.
//   node examples/node/this-week.mjs [nl|fr|en] [YYYY-MM-DD]
import { readFile } from 'node:fs/promises';
import { parseFeed, query, groupByDay, pickText, createFormatter, todayIn, addDays, weekdayOf } from '@famcal/core';

const language = process.argv[2] ?? 'nl';
const json = JSON.parse(await readFile(new URL('../public/activities.json', import.meta.url), 'utf8'));
const { feed, problems } = parseFeed(json);
for (const p of problems) console.warn(`${p.severity}: ${p.path}: ${p.message}`);

const today = process.argv[3] ?? todayIn(feed.timezone);
const monday = addDays(today, 1 - weekdayOf(today));
const window = { from: monday, to: addDays(monday, 7) };
const format = createFormatter(language, feed.timezone);

console.log(`${pickText(feed.name, language, feed.defaultLanguage)} — ${format.day(window.from)} … ${format.day(addDays(window.to, -1))}\n`);
for (const day of groupByDay(query(feed, { window }), feed.timezone)) {
  console.log(format.day(day.date));
  for (const o of day.occurrences) {
    const place = o.location ? ` — ${pickText(o.location.name, language, feed.defaultLanguage)}` : '';
    const status = o.status === 'scheduled' ? '' : ` [${o.status}]`;
    console.log(`  ${format.timeRange(o.start, o.end)}  ${pickText(o.activity.title, language, feed.defaultLanguage)}${place}${status}`);
  }
}
