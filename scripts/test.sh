#!/usr/bin/env bash
# The README's test command: installs what it needs, builds, and runs every test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh --browser --reference

echo "› building"
pnpm -r --filter './packages/**' run build
echo "› dependency graph: core ← elements ← server; no cycle, no import into another package's src"
pnpm run check:deps
node --test scripts/dependency-graph.test.mjs

echo "› API reference (TypeDoc): every export documented, no broken link"
pnpm run docs:api

echo "› publint: what each package would publish"
for package in packages/core packages/elements packages/server; do (cd "$package" && pnpm exec publint --strict); done

echo "› testing (the server's suite on SQLite and on a throw-away PostgreSQL)"
bash scripts/with-postgres.sh pnpm -r --filter './packages/**' --workspace-concurrency=1 run test
echo "› the elements in Chromium beside real registration services (web-test-runner.config.mjs, at the root: above both packages)"
pnpm run test:browser

echo "› Storybook: build, then every story rendered and checked with axe in each ready theme"
pnpm exec storybook build -c .storybook -o storybook-static --quiet
node scripts/check-stories.mjs
echo "› visual check: key stories at phone and desktop widths against visual/baselines/ (Playwright, Debian's Chromium)"
pnpm exec playwright test -c visual

echo "› examples/react and examples/vue: type-checked (vue-tsc for the templates) and built"
pnpm --filter ./examples/react --filter ./examples/vue run build

echo "› end-to-end: the demo and the framework examples in Chromium"
pnpm --filter @famcal/examples run test

echo "› README benchmark figures agree with bench/results.json"
node bench/readme.mjs --check

echo "› recurrence against an independent implementation (python-dateutil), 1,000 random rules"
node scripts/recurrence-vs-dateutil.mjs 1000
echo "› the repeat builder's rules against python-dateutil, 600 random choices"
node scripts/choices-vs-dateutil.mjs 600
echo "› the sample feed's .ics as python's icalendar reads it: the same dates as famcal shows"
node scripts/ics-vs-icalendar.mjs
echo "› the iCalendar import against python's icalendar: the dates famcal imports are those of the source calendar"
node scripts/import-vs-icalendar.mjs
echo "› whole days: an all-day calendar imported and written again, read by python's recurring_ical_events as the same days"
node scripts/whole-days-vs-recurring.mjs

echo "› CLI smoke test on the sample feed"
node packages/core/dist/bin.js validate examples/public/activities.json
node examples/node/this-week.mjs nl 2026-12-02 > /dev/null
echo "› the docs' snippets, run as written"
node scripts/run-docs.mjs
