/** One console warning per loaded feed with what parseFeed skipped or doubted, for the webmaster. */
import type { StoreState } from '@famcal/core';

/** A reporter that warns once for each list of problems it is given. */
export function problemReporter(): (feed: string | undefined, problems: StoreState['problems']) => void {
  let reported: readonly unknown[] | undefined;
  return (feed, problems) => {
    if (problems === reported || problems.length === 0) return;
    reported = problems;
    const lines = problems.map((p) => `  ${p.severity}: ${p.path || '(feed)'}: ${p.message}`);
    console.warn(`famcal: ${feed ?? 'the feed'} has ${problems.length} problem${problems.length === 1 ? '' : 's'} (invalid activities are skipped, the rest is shown):\n${lines.join('\n')}`);
  };
}
