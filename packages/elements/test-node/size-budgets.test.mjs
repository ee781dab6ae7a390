// The size guard's budgets (scripts/size-budgets.json) change only with a changeset that says why: each budget
// names its changeset, and that changeset must state the budget's value, so raising a number without a new
// changeset fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { budgetProblems, readChangeset } from '../scripts/size-budgets.mjs';

const budgets = JSON.parse(readFileSync(new URL('../scripts/size-budgets.json', import.meta.url), 'utf8'));

test('every budget in size-budgets.json has a why and a changeset that states its value', () => {
  assert.deepEqual(budgetProblems(budgets, readChangeset), []);
});

test('a budget raised without a changeset that states the new value is refused', () => {
  const raised = { ...budgets, firstLoadGzip: { ...budgets.firstLoadGzip, kb: budgets.firstLoadGzip.kb + 1 } };
  const problems = budgetProblems(raised, readChangeset);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /firstLoadGzip/);
  assert.match(problems[0], /does not state/);
});

test('a budget without a why, or naming a changeset that never existed, is refused', () => {
  const problems = budgetProblems({ allGzip: { kb: 1, why: '', changeset: 'no-such-changeset' } }, readChangeset);
  assert.equal(problems.length, 2);
  assert.match(problems.join('\n'), /allGzip: say why/);
  assert.match(problems.join('\n'), /no-such-changeset/);
});
