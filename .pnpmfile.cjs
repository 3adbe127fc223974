// What `pnpm pack` and `pnpm publish` put in a published manifest: nothing that only works inside
// this repository (scripts that call ../../scripts, devDependencies on workspace packages).
module.exports = {
  hooks: {
    beforePacking(manifest) {
      delete manifest.scripts;
      delete manifest.devDependencies;
      return manifest;
    },
  },
};
