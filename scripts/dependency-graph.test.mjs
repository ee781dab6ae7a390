// The dependency-graph check (`pnpm run check:deps`) fails on the imports it is there to refuse: each case
// writes one deliberate bad import beside the real code, runs the same check on it, and removes it again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs dependency-cruiser with the workspace's rules on one file written for the case; its exit and output. */
function cruise(file, source) {
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, source);
  try {
    const run = spawnSync('pnpm', ['exec', 'depcruise', file, '--config', '.dependency-cruiser.cjs'], { cwd: root, encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(join(root, file.split('/').slice(0, 3).join('/')), { recursive: true, force: true });
  }
}

const fixture = `dependency-graph-fixture-${process.pid}`;

test('the core importing the elements (the ground floor reaching up) fails the check', () => {
  const run = cruise(`packages/core/${fixture}/upward.ts`, "import { FamcalCalendar } from '@famcal/elements';\nexport const calendar = FamcalCalendar;\n");
  assert.notEqual(run.status, 0, run.output);
  assert.match(run.output, /core-is-the-ground-floor/);
});

test("an elements test importing the server (the cycle the browser tests once made) fails the check", () => {
  const run = cruise(`packages/elements/${fixture}/service.test.ts`, "import { startServer } from '@famcal/server';\nexport const start = startServer;\n");
  assert.notEqual(run.status, 0, run.output);
  assert.match(run.output, /elements-do-not-import-the-server/);
});

test("reaching into another package's src fails the check", () => {
  const run = cruise(`packages/server/${fixture}/deep.ts`, "import { parseFeed } from '../../core/src/index.js';\nexport const parse = parseFeed;\n");
  assert.notEqual(run.status, 0, run.output);
  assert.match(run.output, /no-deep-import-into-another-package/);
});

test('the same check passes on an import that points the right way', () => {
  const run = cruise(`packages/server/${fixture}/fine.ts`, "import { parseFeed } from '@famcal/core';\nexport const parse = parseFeed;\n");
  assert.equal(run.status, 0, run.output);
});
