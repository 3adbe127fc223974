import type { Options } from "tsup";

/** The build every publishable package shares: ESM and CJS, with declarations for both. */
export const baseConfig: Options = {
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
  outDir: "dist",
};
