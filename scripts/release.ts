/**
 * The release: what the Release workflow runs on main, and what `pnpm release:dry` rehearses
 * against a local registry.
 *   pnpm release            [--registry <url>] [--no-provenance] [--test "<command>"]
 *   pnpm release:snapshot   the same with snapshot versions (`0.2.0-next-<timestamp>`), dist-tag `next`
 * Steps, each stopping the release when it fails:
 *   1. preflight   the packages name the repository the release runs in (GITHUB_REPOSITORY), every
 *                  manifest is derived from the root package.json, access is public, provenance is on
 *   2. version     pending changesets → `changeset version` (committed as "Version packages"; a
 *                  snapshot is never committed, and the working tree is restored afterwards)
 *   3. install     `pnpm install`
 *   4. build       `pnpm build`
 *   5. test        `pnpm test`, or the `--test` command
 *   6. publish     every package whose version the registry lacks, dependencies first, with provenance
 *   7. tag         `<name>@<version>` for each package published (not for snapshots), printed as
 *                  `New tag: …` lines, which the changesets action pushes and turns into GitHub releases
 */
import { execFile, spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { defineCommand, readCommandLine } from "./lib/args.ts";
import { ROOT } from "./lib/providers.ts";
import { publishablePackages } from "./lint-packages.ts";
import { publishOrder, releasePackages, type ReleasePackage } from "./release/order.ts";
import { publishConfigProblems, repositoryProblems } from "./release/preflight.ts";

export interface ReleaseOptions {
  root?: string;
  /** Snapshot versions under the dist-tag `next`, nothing committed or tagged. */
  snapshot?: boolean;
  /** The registry to publish to (default: npm's configured one). */
  registry?: string;
  /** Publish with npm provenance (default true; only possible in a CI that mints an OIDC token). */
  provenance?: boolean;
  /** The test step's command and arguments (default `pnpm test`). */
  test?: string[];
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface ReleaseReport {
  published: { name: string; version: string }[];
  tags: string[];
  /** Milliseconds per step. */
  timings: Record<string, number>;
}

export const SNAPSHOT_TAG = "next";

/** Runs a command with its output passed through; rejects with its exit code. */
function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "inherit", "inherit"] });
    child.once("error", reject);
    child.once("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`\`${[command, ...args].join(" ")}\` exited with ${code}`)),
    );
  });
}

/** Runs a command and returns its standard output; rejects with its standard error. */
function capture(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(command, args, { cwd, env, maxBuffer: 16 << 20 }, (error, stdout, stderr) =>
      error ? reject(Object.assign(error, { stdout, stderr })) : resolve(stdout),
    ),
  );
}

/** The changesets waiting in `.changeset/`. */
export function pendingChangesets(root: string): string[] {
  return readdirSync(join(root, ".changeset")).filter((file) => file.endsWith(".md") && file !== "README.md");
}

/** Whether the registry already has `name@version` (npm answers nothing for a version it lacks). */
async function isPublished(
  pkg: ReleasePackage,
  registry: string | undefined,
  root: string,
  env: NodeJS.ProcessEnv,
) {
  const args = [
    "view",
    `${pkg.name}@${pkg.version}`,
    "version",
    ...(registry ? ["--registry", registry] : []),
  ];
  try {
    return (await capture("npm", args, root, env)).trim() !== "";
  } catch (error) {
    if (/E404|404 Not Found/.test(String((error as { stderr?: string }).stderr))) return false;
    throw error;
  }
}

/** Runs the whole release; throws on the first step that fails. */
export async function release(options: ReleaseOptions = {}): Promise<ReleaseReport> {
  const {
    root = ROOT,
    snapshot = false,
    registry,
    provenance = true,
    env = process.env,
    log = console.log,
  } = options;
  const timings: Record<string, number> = {};
  const step = async <T>(name: string, action: () => Promise<T>): Promise<T> => {
    log(`\n▶ ${name}`);
    const started = performance.now();
    const result = await action();
    timings[name] = Math.round(performance.now() - started);
    log(`✔ ${name} (${(timings[name] / 1000).toFixed(1)} s)`);
    return result;
  };
  const git = (...args: string[]) => capture("git", args, root, env);

  await step("preflight", async () => {
    const packages = publishablePackages(root);
    const problems = [
      ...repositoryProblems(root, packages, env.GITHUB_REPOSITORY),
      ...publishConfigProblems(root, packages),
    ];
    if (problems.length) throw new Error(`Refusing to release:\n- ${problems.join("\n- ")}`);
    if (snapshot && (await git("status", "--porcelain")).trim())
      throw new Error("A snapshot release needs a clean working tree: it restores the tree afterwards.");
  });
  try {
    const versioned = await step("version", async () => {
      const pending = pendingChangesets(root);
      if (!pending.length)
        return (log("no pending changesets: releasing the versions in the manifests"), false);
      const args = ["exec", "changeset", "version", ...(snapshot ? ["--snapshot", SNAPSHOT_TAG] : [])];
      await sh("pnpm", args, root, env);
      return true;
    });
    await step("install", () => sh("pnpm", ["install", "--no-frozen-lockfile"], root, env));
    if (versioned && !snapshot)
      await step("commit", async () => {
        await git("add", "--all");
        await git("commit", "--quiet", "--message", "Version packages");
      });
    await step("build", () => sh("pnpm", ["build"], root, env));
    const [command = "pnpm", ...args] = options.test ?? ["pnpm", "test"];
    await step("test", () => sh(command, args, root, env));

    const published = await step("publish", async () => {
      const done: ReleasePackage[] = [];
      for (const pkg of publishOrder(releasePackages(publishablePackages(root)))) {
        if (await isPublished(pkg, registry, root, env)) {
          log(`${pkg.name}@${pkg.version} is on the registry already`);
          continue;
        }
        const args = ["publish", "--no-git-checks", "--access", "public", `--provenance=${provenance}`];
        if (snapshot) args.push("--tag", SNAPSHOT_TAG);
        if (registry) args.push("--registry", registry);
        await sh("pnpm", args, pkg.dir, env);
        log(`published ${pkg.name}@${pkg.version}${snapshot ? ` (dist-tag ${SNAPSHOT_TAG})` : ""}`);
        done.push(pkg);
      }
      return done;
    });
    const tags = snapshot
      ? []
      : await step("tag", async () => {
          const existing = new Set((await git("tag", "--list")).split("\n"));
          const made: string[] = [];
          for (const pkg of published) {
            const tag = `${pkg.name}@${pkg.version}`;
            if (!existing.has(tag)) await git("tag", tag);
            log(`New tag: ${tag}`);
            made.push(tag);
          }
          return made;
        });
    return { published: published.map(({ name, version }) => ({ name, version })), tags, timings };
  } finally {
    // a snapshot's versions and consumed changesets are not meant to be kept
    if (snapshot) await git("checkout", "--", ".");
  }
}

export const command = defineCommand({
  usage: "pnpm release",
  summary:
    "Preflight, changeset version, install, build, test, publish in dependency order, tag: what the Release workflow runs on main.",
  options: {
    snapshot: {
      type: "boolean",
      description:
        "snapshot versions (0.2.0-next-<timestamp>) on the dist-tag next, nothing committed or tagged",
    },
    registry: {
      type: "string",
      value: "url",
      description: "publish to this registry (default: npm's configured one)",
    },
    "no-provenance": {
      type: "boolean",
      description: "publish without npm provenance (outside a CI that mints an OIDC token)",
    },
    test: { type: "string", value: "command", description: 'the test step (default: "pnpm test")' },
  },
  examples: [
    "pnpm release                                  # in the Release workflow",
    'pnpm release:snapshot --registry http://127.0.0.1:4873 --no-provenance --test "pnpm generate:check"',
  ],
});

/** The release options of a command line. */
export function releaseOptions(argv: string[]): ReleaseOptions {
  const { values } = readCommandLine(command, argv);
  return {
    snapshot: values.snapshot ?? false,
    registry: values.registry,
    provenance: !values["no-provenance"],
    test: values.test?.split(/\s+/).filter(Boolean),
  };
}

async function main(argv: string[]) {
  const options = releaseOptions(argv);
  const started = performance.now();
  try {
    const report = await release(options);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const what = report.published.map((p) => `${p.name}@${p.version}`).join(", ") || "nothing new";
    console.log(`\nReleased ${what} in ${seconds} s.`);
  } catch (error) {
    console.error(`\nRelease failed: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
