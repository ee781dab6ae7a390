/** `famcal validate`: every problem of a feed with its path, and whether it is valid (exit 1 when not). */
import type { Command } from './command.js';
import { withFeed } from './command.js';

export const validateCommand: Command = {
  name: 'validate',
  usage: 'famcal validate <feed.json|url> [--json]',
  help: `Checks a feed: every error and warning with its path, then the verdict. Exit 0 when valid, 1 when not
(an error, or a field the format does not know: information a parent would never see).

  --json   the verdict and the problems as JSON`,
  options: { json: { type: 'boolean' } },
  run: (args, io) =>
    withFeed(
      args,
      io,
      ({ file, feed, problems }) => {
        const errors = problems.filter((p) => p.severity === 'error').length;
        const warnings = problems.length - errors;
        // A field the format does not know, or one left out, is information a parent will never see: not valid.
        const lost = problems.filter((p) => p.code).length;
        const valid = errors === 0 && lost === 0;
        if (args.values.json) {
          io.stdout(`${JSON.stringify({ valid, activities: feed.activities.length, problems }, null, 2)}\n`);
          return valid ? 0 : 1;
        }
        for (const p of problems) io.stdout(`${p.severity === 'error' ? 'error  ' : 'warning'}  ${p.path || '(feed)'}: ${p.message}\n`);
        const verdict = errors ? 'not valid' : lost ? `not valid: ${lost} field${lost === 1 ? ' is' : 's are'} lost (see the warnings)` : 'valid';
        io.stdout(`${file}: ${verdict} — ${feed.activities.length} activit${feed.activities.length === 1 ? 'y' : 'ies'} usable, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
        return valid ? 0 : 1;
      },
      true,
    ),
};
