// The size guard's budgets and the rule that keeps them honest: every budget in size-budgets.json names the
// changeset that set it, and that changeset states the value ("57.6 kB"), so a budget moves only with a
// changeset that says why. Used by scripts/size.mjs (the budgets) and test-node/size-budgets.test.mjs (the rule).
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const root = new URL('../../../', import.meta.url);

/** The budgets in bytes of gzip: first load and everything a page can load. */
export function readBudgets() {
  const budgets = JSON.parse(readFileSync(new URL('./size-budgets.json', import.meta.url), 'utf8'));
  return { firstLoadGzip: budgets.firstLoadGzip.kb * 1024, allGzip: budgets.allGzip.kb * 1024 };
}

/**
 * The text of .changeset/<name>.md: from the working tree, or — once `changeset version` has consumed it —
 * as it was in the commit before the one that removed it. Undefined when it never existed.
 */
export function readChangeset(name) {
  const path = `.changeset/${name}.md`;
  if (existsSync(new URL(path, root))) return readFileSync(new URL(path, root), 'utf8');
  const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const removedIn = git('log', '-1', '--format=%H', '--diff-filter=D', '--', path);
    return removedIn ? git('show', `${removedIn}^:${path}`) : undefined;
  } catch {
    return undefined;
  }
}

/** What is wrong with the budgets, one sentence each naming the budget and the fix; empty when nothing is. */
export function budgetProblems(budgets, changesetOf) {
  const problems = [];
  for (const [name, budget] of Object.entries(budgets)) {
    if (typeof budget.kb !== 'number') problems.push(`${name}: "kb" must be the budget in kB of gzip`);
    if (!budget.why?.trim()) problems.push(`${name}: say why the budget is ${budget.kb} kB in "why"`);
    const text = budget.changeset ? changesetOf(budget.changeset) : undefined;
    if (text === undefined) problems.push(`${name}: "changeset" must name a file in .changeset/ (without .md) that says why the budget is ${budget.kb} kB; "${budget.changeset ?? ''}" was never one`);
    else if (!text.includes(`${budget.kb} kB`)) problems.push(`${name}: .changeset/${budget.changeset}.md does not state ${budget.kb} kB — a budget changes only with a changeset that gives the new value and says why`);
  }
  return problems;
}
