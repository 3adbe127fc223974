import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions } from "esbuild";

/** The suite's package folder: the packages resolve from its `node_modules`, as an application's would. */
export const SUITE = fileURLToPath(new URL("../../..", import.meta.url));
/**
 * Where the compiled probes go: in the suite's folder, so that each runtime resolves the packages
 * from its `node_modules`, and not inside `node_modules` (Deno loads nothing there as a program).
 */
export const OUT = `${SUITE}.runtimes`;

const probe = (name: string) => fileURLToPath(new URL(`./probe/${name}.ts`, import.meta.url));

const COMMON: BuildOptions = {
  bundle: true,
  target: "es2022",
  absWorkingDir: SUITE,
  logLevel: "silent",
  legalComments: "none",
};

/**
 * Compiles the probe for the runtimes that load the packages themselves: `cli.mjs` imports them and
 * `cli.cjs` requires them; the runtime resolves every `@clientele/*` to its built `dist/`.
 */
export async function compilePrograms(): Promise<{ esm: string; cjs: string }> {
  mkdirSync(OUT, { recursive: true });
  const program = (format: "esm" | "cjs", outfile: string) =>
    build({
      ...COMMON,
      entryPoints: [probe("cli")],
      outfile,
      format,
      platform: "node",
      packages: "external",
      define: { __FORMAT__: JSON.stringify(format) },
    });
  const esm = `${OUT}/cli.mjs`;
  const cjs = `${OUT}/cli.cjs`;
  await Promise.all([program("esm", esm), program("cjs", cjs)]);
  return { esm, cjs };
}

/** Bundles the Worker as wrangler would for workerd: the built packages inside, no Node compatibility. */
export async function bundleWorker(): Promise<string> {
  const result = await build({
    ...COMMON,
    entryPoints: [probe("worker")],
    write: false,
    format: "esm",
    platform: "browser",
    conditions: ["workerd", "worker", "browser"],
  });
  return result.outputFiles[0]!.text;
}
