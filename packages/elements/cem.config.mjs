// custom-elements.json from the elements' JSDoc (@summary, @fires, @csspart, @cssproperty, @slot).
export default {
  globs: ['src/famcal-*/famcal-*.ts', 'src/famcal-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [
    {
      // Tag names are registered in src/define/*.ts; the class name says which tag it is.
      name: 'famcal-tag-names',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.customElement || /^Famcal[A-Z]/.test(declaration.name ?? '')) {
              if (declaration.name === 'FamcalElement') {
                delete declaration.customElement; // the shared base class, not a tag of its own
                continue;
              }
              declaration.customElement = true;
              declaration.tagName = declaration.name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
              module.exports ??= [];
              if (!module.exports.some((e) => e.kind === 'custom-element-definition')) {
                module.exports.push({ kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: module.path } });
              }
            }
          }
        }
      },
    },
  ],
};
