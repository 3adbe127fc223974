/**
 * A new npm project outside the workspace, as a consumer starts one: `npm init`, ESM, then
 * `npm install` of the given specs (registry names, versions or tarball paths).
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { ROOT } from "./lib/providers.ts";
import { run } from "./release-dry/run.ts";

/** `name@version` of tools a consumer installs beside the packages, at the workspace catalog's versions. */
export function catalogSpecs(names: string[], root = ROOT): string[] {
  const { catalog = {} } = parse(readFileSync(join(root, "pnpm-workspace.yaml"), "utf8"));
  return names.map((name) => {
    if (!catalog[name]) throw new Error(`pnpm-workspace.yaml has no catalog entry for ${name}`);
    return `${name}@${catalog[name]}`;
  });
}

export interface ConsumerOptions {
  /** The registry to install from (default: npm's configured one). */
  registry?: string;
  env?: NodeJS.ProcessEnv;
}

/** Creates an ESM npm project in `dir` and installs `specs` into it. */
export async function createConsumerProject(dir: string, specs: string[], options: ConsumerOptions = {}) {
  const { registry, env = process.env } = options;
  mkdirSync(dir, { recursive: true });
  await run("npm", ["init", "--yes"], { cwd: dir, env });
  await run("npm", ["pkg", "set", "type=module", "private=true"], { cwd: dir, env });
  const args = [
    "install",
    ...specs,
    "--no-audit",
    "--no-fund",
    ...(registry ? ["--registry", registry] : []),
  ];
  await run("npm", args, { cwd: dir, env, timeoutMs: 300_000 });
}
