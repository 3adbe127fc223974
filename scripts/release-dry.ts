/**
 * A rehearsal of the release against a throwaway registry:
 *   pnpm release:dry
 * 1. Checks what npm provenance needs that can be checked offline: public access and provenance in
 *    every manifest, `id-token: write` in the Release workflow, and the repository URL (the
 *    placeholder, or another repository than GITHUB_REPOSITORY, is reported: a real release
 *    refuses it).
 * 2. Starts Verdaccio on 127.0.0.1 (packages it does not hold come from npm) and copies the
 *    repository to a temporary folder, which it makes a git repository of its own that names a
 *    rehearsal repository, with the pending changesets plus one of its own.
 * 3. Runs `pnpm release` there, the script the Release workflow runs, publishing to Verdaccio
 *    without provenance. Its test step is the generated-code check (`pnpm test`, which runs this
 *    rehearsal, runs everything else).
 * 4. In a new npm project, installs every package at its new version and proves: the CHANGELOG
 *    entry and the LICENSE are in each installed package, `tsc --strict` passes with `nodenext`
 *    and with `bundler`, ESM and CommonJS load every entry point; and that the tags were made.
 * 5. Adds another changeset, runs `pnpm release:snapshot`, and proves the snapshot is on the
 *    dist-tag `next`, `latest` did not move, a consumer gets it with `@next`, and the copy's working
 *    tree was restored.
 * Everything it starts or writes is removed afterwards, whether or not it succeeded.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { catalogSpecs, createConsumerProject } from "./consumer-project.ts";
import { copyRepository } from "./copy-repository.ts";
import { ROOT } from "./lib/providers.ts";
import { fixPackages, publishablePackages } from "./lint-packages.ts";
import { consumerFiles } from "./release-dry/consumer.ts";
import { startRegistry, type LocalRegistry } from "./release-dry/registry.ts";
import { run } from "./release-dry/run.ts";
import { SNAPSHOT_TAG } from "./release.ts";
import { publishConfigProblems } from "./release/preflight.ts";
import { defineCommand, readCommandLine } from "./lib/args.ts";
import { PLACEHOLDER_OWNER, publishRefusal, rootRepository } from "./repository.ts";

/** The GitHub repository the rehearsal's copy names and pretends to run in. */
export const REHEARSAL_REPOSITORY = "clientele-rehearsal/clientele";

export interface ReleaseDryOptions {
  root?: string;
  log?: (line: string) => void;
}

export interface ReleaseDryReport {
  /** `name@version` of every package the release published. */
  published: string[];
  /** `name@version` of every snapshot published under `next`. */
  snapshots: string[];
  tags: string[];
  /** What a real release from here would refuse, reported rather than failed. */
  warnings: string[];
  /** Milliseconds per step, in the order the steps ran. */
  timings: Record<string, number>;
}

/** Times each step and logs it as it finishes. */
function stepper(log: (line: string) => void, timings: Record<string, number>) {
  return async <T>(name: string, action: () => Promise<T> | T): Promise<T> => {
    const started = performance.now();
    const result = await action();
    timings[name] = Math.round(performance.now() - started);
    log(`${name}: ${timings[name]} ms`);
    return result;
  };
}

/** The provenance preconditions of the real repository: fatal ones throw, the repository URL warns. */
function preconditions(root: string, env: NodeJS.ProcessEnv): string[] {
  const problems = publishConfigProblems(root, publishablePackages(root));
  if (problems.length) throw new Error(`A release would fail:\n- ${problems.join("\n- ")}`);
  const repository = rootRepository(root);
  const placeholder = repository.slug.startsWith(`${PLACEHOLDER_OWNER}/`);
  const refusal =
    placeholder || env.GITHUB_REPOSITORY ? publishRefusal(repository, env.GITHUB_REPOSITORY) : undefined;
  return refusal ? [`a real release would refuse to publish: ${refusal}`] : [];
}

/** An npm config that authenticates to the local registry without making it the default one. */
function writeNpmrc(dir: string, registry: string): string {
  const file = join(dir, ".npmrc");
  writeFileSync(file, `${registry.replace(/^http:/, "")}:_authToken=release-dry-run\n`);
  return file;
}

function writeChangeset(repo: string, name: string, pkg: string, text: string) {
  writeFileSync(join(repo, ".changeset", `${name}.md`), `---\n"${pkg}": patch\n---\n\n${text}\n`);
}

const versionOf = (dir: string) =>
  JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version as string;

/** Runs the whole rehearsal; throws on the first failure, after cleaning up. */
export async function releaseDry(options: ReleaseDryOptions = {}): Promise<ReleaseDryReport> {
  const { root = ROOT, log = console.log } = options;
  const timings: Record<string, number> = {};
  const step = stepper(log, timings);
  const tmp = mkdtempSync(join(tmpdir(), "clientele-release-dry-"));
  const repo = join(tmp, "repo");
  let registry: LocalRegistry | undefined;
  try {
    const warnings = await step("preconditions", () => preconditions(root, process.env));
    for (const warning of warnings) log(`warning: ${warning}`);
    registry = await step("start registry", () => startRegistry(join(tmp, "registry")));
    const url = registry.url;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      GITHUB_REPOSITORY: REHEARSAL_REPOSITORY,
      NPM_CONFIG_USERCONFIG: writeNpmrc(tmp, url),
      NPM_CONFIG_UPDATE_NOTIFIER: "false",
      npm_config_prefer_offline: "true",
      // the copy installs from the store this repository was installed from
      npm_config_store_dir: execFileSync("pnpm", ["store", "path"], { cwd: root }).toString().trim(),
      GIT_AUTHOR_NAME: "Release rehearsal",
      GIT_AUTHOR_EMAIL: "rehearsal@example.invalid",
      GIT_COMMITTER_NAME: "Release rehearsal",
      GIT_COMMITTER_EMAIL: "rehearsal@example.invalid",
      FORCE_COLOR: "0",
    };
    const git = (...args: string[]) => run("git", args, { cwd: repo, env });
    const pnpm = (args: string[], timeoutMs = 600_000) => run("pnpm", args, { cwd: repo, env, timeoutMs });
    const entry = `Release rehearsal ${randomUUID()}: this entry must reach the installed package.`;

    await step("copy repository", async () => {
      copyRepository(repo, root);
      const manifest = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
      manifest.repository = { type: "git", url: `git+https://github.com/${REHEARSAL_REPOSITORY}.git` };
      writeFileSync(join(repo, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
      fixPackages(repo);
      writeChangeset(repo, "release-rehearsal", "@clientele/core", entry);
      await git("init", "--quiet", "--initial-branch", "main");
      await git("add", "--all");
      await git("commit", "--quiet", "--message", "Rehearsal: the repository with a pending changeset");
      await pnpm(["install", "--frozen-lockfile"]);
    });
    // `pnpm test` runs this rehearsal and everything else; the release's own test step here is the
    // check that the generated code matches the specs (what a snapshot of a spec change is for)
    const test = "pnpm -s generate:check";
    const released = await step("pnpm release", () =>
      pnpm(["release", "--registry", url, "--no-provenance", "--test", test]),
    );
    for (const line of released.match(/^✔ .*$/gm) ?? []) log(`  ${line}`);
    const packages = publishablePackages(repo).map((pkg) => ({ ...pkg, version: versionOf(pkg.dir) }));
    const published = [...released.matchAll(/^published (@clientele\/\S+)$/gm)].map((m) => m[1]!);
    const tags = [...released.matchAll(/^New tag: (\S+)$/gm)].map((m) => m[1]!);
    await step("check tags", async () => {
      const expected = packages.map((pkg) => `${pkg.name}@${pkg.version}`);
      if (expected.some((p) => !published.includes(p)))
        throw new Error(
          `The release published ${published.join(", ") || "nothing"}, not ${expected.join(", ")}:\n${released}`,
        );
      const made = (await git("tag", "--list")).trim().split("\n");
      const missing = published.filter((tag) => !tags.includes(tag) || !made.includes(tag));
      if (missing.length) throw new Error(`The release made no tag for ${missing.join(", ")}:\n${released}`);
    });

    const consumer = join(tmp, "consumer");
    const names = packages.map((pkg) => pkg.name);
    await step("install consumer", () =>
      createConsumerProject(consumer, [...published, ...catalogSpecs(["typescript", "@types/node"], root)], {
        registry: url,
        env,
      }),
    );
    await step("check consumer", async () => {
      for (const pkg of packages)
        checkInstalled(consumer, pkg.name, pkg.version, pkg.name === "@clientele/core" ? entry : undefined);
      for (const [name, content] of Object.entries(consumerFiles(names)))
        writeFileSync(join(consumer, name), content);
      const tsc = join(consumer, "node_modules", ".bin", "tsc");
      for (const config of ["tsconfig.json", "tsconfig.bundler.json"])
        await run(tsc, ["-p", config], { cwd: consumer, env }).catch((error) => {
          throw new Error(
            `${(error as Error).message}\n\nindex.ts:\n${readFileSync(join(consumer, "index.ts"), "utf8")}`,
          );
        });
      for (const file of ["index.mjs", "index.cjs"]) {
        const output = await run(process.execPath, [file], { cwd: consumer, env });
        for (const line of output.trim().split("\n")) log(`    ${line}`);
      }
    });

    const snapshots = await step("pnpm release:snapshot", async () => {
      writeChangeset(repo, "snapshot-rehearsal", "@clientele/sparkwise", "Snapshot rehearsal.");
      await git("add", "--all");
      await git("commit", "--quiet", "--message", "Rehearsal: a changeset to try before it is released");
      const output = await pnpm(["release:snapshot", "--registry", url, "--no-provenance", "--test", test]);
      for (const line of output.match(/^✔ .*$/gm) ?? []) log(`  ${line}`);
      const made = [...output.matchAll(/^published (@clientele\/\S+)@(\S+) \(dist-tag next\)$/gm)];
      if (!made.length) throw new Error(`The snapshot release published nothing:\n${output}`);
      if ((await git("status", "--porcelain")).trim())
        throw new Error(
          `The snapshot release left the working tree changed:\n${await git("status", "--short")}`,
        );
      return made.map(([, name, version]) => ({ name: name!, version: version! }));
    });
    await step("check snapshot", async () => {
      for (const { name, version } of snapshots) {
        if (!version.includes(`-${SNAPSHOT_TAG}-`))
          throw new Error(`${name}@${version} is not a snapshot version`);
        const tags = JSON.parse(
          await run("npm", ["view", name, "dist-tags", "--json", "--registry", url], { cwd: consumer, env }),
        );
        const latest = packages.find((pkg) => pkg.name === name)!.version;
        if (tags[SNAPSHOT_TAG] !== version || tags.latest !== latest)
          throw new Error(
            `${name}: dist-tags ${JSON.stringify(tags)}, expected next ${version} and latest ${latest}`,
          );
      }
      const { name, version } = snapshots.find((s) => s.name === "@clientele/sparkwise") ?? snapshots[0]!;
      await run("npm", ["install", `${name}@${SNAPSHOT_TAG}`, "--registry", url, "--no-audit", "--no-fund"], {
        cwd: consumer,
        env,
      });
      checkInstalled(consumer, name, version, "Snapshot rehearsal.");
      await run(process.execPath, ["index.mjs"], { cwd: consumer, env });
    });
    return { published, snapshots: snapshots.map((s) => `${s.name}@${s.version}`), tags, warnings, timings };
  } finally {
    await registry?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The package installed in the consumer is that version, with its LICENSE and the expected CHANGELOG entry. */
function checkInstalled(consumer: string, name: string, version: string, entry?: string) {
  const dir = join(consumer, "node_modules", ...name.split("/"));
  const installed = versionOf(dir);
  if (installed !== version) throw new Error(`${name}: installed ${installed}, expected ${version}`);
  if (!existsSync(join(dir, "LICENSE")))
    throw new Error(`${name}@${version} was installed without its LICENSE`);
  const changelog = existsSync(join(dir, "CHANGELOG.md"))
    ? readFileSync(join(dir, "CHANGELOG.md"), "utf8")
    : "";
  if (!changelog.includes(`## ${version}`))
    throw new Error(`${name}@${version}: CHANGELOG.md has no entry for ${version}`);
  if (entry && !changelog.includes(entry))
    throw new Error(`${name}@${version}: CHANGELOG.md lacks "${entry}"`);
}

export const command = defineCommand({
  usage: "pnpm release:dry",
  summary:
    "Rehearses the release against a throwaway Verdaccio registry on 127.0.0.1: publishes from a copy of the repository, installs the packages in a new project and proves what a consumer gets (a few minutes).",
  options: {},
  examples: ["pnpm release:dry"],
});

async function main(argv: string[]) {
  readCommandLine(command, argv);
  const started = performance.now();
  try {
    const report = await releaseDry();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Released ${report.published.length} package(s) and ${report.snapshots.length} snapshot(s) to a local registry and consumed them in ${seconds} s.`,
    );
  } catch (error) {
    console.error(`Release rehearsal failed: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
