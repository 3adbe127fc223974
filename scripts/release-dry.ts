/**
 * A publish rehearsal against a throwaway local registry:
 *   pnpm release:dry [--no-build]
 * Builds the workspace, starts Verdaccio on 127.0.0.1 (packages not published locally are looked
 * up on npm), publishes every non-private package with `pnpm publish`, installs them all into a
 * new consumer project with npm, type-checks it with `module: nodenext` and runs it as ESM and as
 * CommonJS. Everything it starts or writes is removed afterwards, whether or not it succeeded.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { ROOT } from "./generate/providers.ts";
import { publishablePackages, type WorkspacePackage } from "./lint-packages.ts";
import { consumerFiles } from "./release-dry/consumer.ts";
import { startRegistry, type LocalRegistry } from "./release-dry/registry.ts";
import { run } from "./release-dry/run.ts";

export interface ReleaseDryOptions {
  root?: string;
  /** Run `pnpm build` first (default true). */
  build?: boolean;
  log?: (line: string) => void;
}

export interface ReleaseDryReport {
  published: string[];
  /** Milliseconds per step, in the order the steps ran. */
  timings: Record<string, number>;
}

/** What the consumer installs beside the published packages, at the versions of the workspace catalog. */
function consumerTools(root: string): string[] {
  const { catalog = {} } = parse(readFileSync(join(root, "pnpm-workspace.yaml"), "utf8"));
  return ["typescript", "@types/node"].map((name) => {
    if (!catalog[name]) throw new Error(`pnpm-workspace.yaml has no catalog entry for ${name}`);
    return `${name}@${catalog[name]}`;
  });
}

/** An npm config file for the local registry; the token only satisfies npm's login check. */
function writeNpmrc(dir: string, registry: string): string {
  const file = join(dir, ".npmrc");
  const host = registry.replace(/^http:/, "");
  writeFileSync(file, `registry=${registry}\n${host}:_authToken=release-dry-run\n`);
  return file;
}

async function publish(pkg: WorkspacePackage, registry: string, env: NodeJS.ProcessEnv) {
  // publishConfig.provenance only works in CI with an OIDC token; a command-line flag overrides it.
  await run("pnpm", ["publish", "--no-git-checks", "--provenance=false", "--registry", registry], {
    cwd: pkg.dir,
    env,
  });
}

/** Creates an ESM npm project in `dir` and installs `specs` into it from `registry`. */
async function installConsumer(dir: string, specs: string[], registry: string, env: NodeJS.ProcessEnv) {
  mkdirSync(dir, { recursive: true });
  await run("npm", ["init", "--yes"], { cwd: dir, env });
  await run("npm", ["pkg", "set", "type=module"], { cwd: dir, env });
  const args = ["install", ...specs, "--registry", registry, "--no-audit", "--no-fund"];
  await run("npm", args, { cwd: dir, env });
}

function writeConsumerFiles(dir: string, packages: string[]) {
  for (const [name, content] of Object.entries(consumerFiles(packages))) {
    writeFileSync(join(dir, name), content);
  }
}

async function checkConsumer(dir: string, env: NodeJS.ProcessEnv, log: (line: string) => void) {
  await run(join(dir, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.json"], { cwd: dir, env }).catch(
    (error) => {
      const source = readFileSync(join(dir, "index.ts"), "utf8");
      throw new Error(`${(error as Error).message}\n\nindex.ts (index.cts is the same):\n${source}`);
    },
  );
  for (const file of ["index.mjs", "index.cjs"]) {
    const output = await run(process.execPath, [file], { cwd: dir, env });
    for (const line of output.trim().split("\n")) log(`    ${line}`);
  }
}

/** Times each step and logs it as it finishes. */
function stepper(log: (line: string) => void, timings: Record<string, number>) {
  return async <T>(name: string, action: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await action();
    timings[name] = Math.round(performance.now() - started);
    log(`${name}: ${timings[name]} ms`);
    return result;
  };
}

/** Runs the whole rehearsal; throws on the first failure, after cleaning up. */
export async function releaseDry(options: ReleaseDryOptions = {}): Promise<ReleaseDryReport> {
  const { root = ROOT, build = true, log = console.log } = options;
  const timings: Record<string, number> = {};
  const step = stepper(log, timings);
  const tmp = mkdtempSync(join(tmpdir(), "clientele-release-dry-"));
  let registry: LocalRegistry | undefined;
  try {
    if (build) await step("build", () => run("pnpm", ["build"], { cwd: root }));
    registry = await step("start registry", () => startRegistry(join(tmp, "registry")));
    const url = registry.url;
    log(`registry: ${url}`);
    const env = {
      ...process.env,
      NPM_CONFIG_USERCONFIG: writeNpmrc(tmp, url),
      NPM_CONFIG_CACHE: join(tmp, "npm-cache"),
      NPM_CONFIG_UPDATE_NOTIFIER: "false",
    };
    const packages = publishablePackages(root);
    for (const pkg of packages) await step(`publish ${pkg.name}`, () => publish(pkg, url, env));
    const names = packages.map((pkg) => pkg.name);
    const consumer = join(tmp, "consumer");
    const specs = [...names, ...consumerTools(root)];
    await step("install consumer", () => installConsumer(consumer, specs, url, env));
    writeConsumerFiles(consumer, names);
    await step("check consumer", () => checkConsumer(consumer, env, log));
    return { published: names, timings };
  } finally {
    await registry?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(argv: string[]) {
  const started = performance.now();
  try {
    const report = await releaseDry({ build: !argv.includes("--no-build") });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Published and consumed ${report.published.length} package(s) in ${seconds} s.`);
  } catch (error) {
    console.error(`Release rehearsal failed: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
