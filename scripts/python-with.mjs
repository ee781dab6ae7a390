// The Python the reference checks run: the first python3 that can import what they need — the one on
// PATH (pyenv, a venv) or Debian's, where scripts/ensure-tools.sh --reference has apt put the packages.
import { spawnSync } from 'node:child_process';

/** The interpreter that imports `modules` (e.g. "icalendar, dateutil"); exits with how to get one if none does. */
export function pythonWith(modules) {
  const found = ['python3', '/usr/bin/python3'].find((candidate) => spawnSync(candidate, ['-c', `import ${modules}`]).status === 0);
  if (found) return found;
  console.error(`python3 with ${modules} is missing: bash scripts/ensure-tools.sh --reference installs it`);
  process.exit(1);
}
