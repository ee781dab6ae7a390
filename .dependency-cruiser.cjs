/**
 * The packages' dependency graph, checked by `pnpm run check:deps` (scripts/test.sh, right after the build):
 * core ← elements ← server; no cycle inside a package's src; no reaching into another package's src.
 * (A cycle between the packages themselves fails `pnpm install`: disallowWorkspaceCycles in pnpm-workspace.yaml.)
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle-in-src',
      comment:
        "A cycle inside a package's src: move what both sides need into a module of its own. " +
        '`import type` edges are left out: TypeScript erases them, so they load nothing and order nothing.',
      severity: 'error',
      from: { path: '^packages/[^/]+/src/' },
      to: {
        circular: true,
        dependencyTypesNot: ['type-only'],
        viaOnly: { path: '^packages/[^/]+/src/', dependencyTypesNot: ['type-only'] },
      },
    },
    {
      name: 'no-deep-import-into-another-package',
      comment: "Another package's src (../../core/src/…): import the package by its name and public exports.",
      severity: 'error',
      from: { path: '^packages/([^/]+)/' },
      to: { path: '^packages/([^/]+)/src/', pathNot: '^packages/$1/' },
    },
    {
      name: 'core-is-the-ground-floor',
      comment: '@famcal/core imports neither @famcal/elements nor @famcal/server (they build on it).',
      severity: 'error',
      from: { path: '^packages/core/' },
      to: { path: ['^packages/(elements|server)/', '@famcal/(elements|server)'] },
    },
    {
      name: 'elements-do-not-import-the-server',
      comment:
        'Nothing in @famcal/elements imports @famcal/server, its tests included: the server serves the elements. ' +
        'The browser tests that need a running service are configured at the workspace root ' +
        '(web-test-runner.config.mjs), above both packages.',
      severity: 'error',
      from: { path: '^packages/elements/' },
      to: { path: ['^packages/server/', '@famcal/server'] },
    },
  ],
  options: {
    includeOnly: '^packages/(core|elements|server)/',
    // Built output and installed packages are where an import lands, not code to check.
    doNotFollow: { path: '(^|/)(dist|node_modules)/' },
    tsConfig: { fileName: 'tsconfig.base.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'types', 'default'] },
  },
};
