/**
 * Lints what each publishable package would put on npm, from the tarball `pnpm pack` makes:
 * publint (strict: its warnings fail too), Are the Types Wrong (every entry point, every module
 * resolution mode), the manifest npm needs (repository, homepage, bugs, keywords, licence,
 * changelog, no dev-only fields, dedupable ranges) and README links that work on npm.
 *   pnpm lint:packages         run after `pnpm build`; a package without `dist/` is skipped
 *   pnpm lint:packages --fix   first rewrites each manifest's repository, homepage and bugs, and
 *                              each README's links into the repository, from the root package.json
 * Prints one line per package and exits 1 when any package has a problem.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { unpack } from "@publint/pack";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { ROOT } from "./lib/providers.ts";
import { manifestProblems, type Packed } from "./lint-packages/manifest.ts";
import { fixReadmeLinks, readmeLinkProblems } from "./lint-packages/readme-links.ts";
import { defineCommand, readCommandLine } from "./lib/args.ts";
import { run } from "./release-dry/run.ts";
import { manifestLinks, rootRepository } from "./repository.ts";

const exec = promisify(execFile);

export interface WorkspacePackage {
  name: string;
  /** Absolute path of the package folder. */
  dir: string;
}

export interface LintResult {
  name: string;
  /** Every error or warning; the package fails when there is any. */
  problems: string[];
  /** publint's suggestions: printed, never fatal. */
  suggestions: string[];
  skipped?: string;
}

/** Every package under `packages/` that is not `private`, sorted by folder name. */
export function publishablePackages(root = ROOT): WorkspacePackage[] {
  const packages = join(root, "packages");
  return readdirSync(packages, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packages, entry.name, "package.json")))
    .map((entry) => join(packages, entry.name))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({ name: manifest.name as string, dir }))
    .sort((a, b) => a.dir.localeCompare(b.dir));
}

/**
 * Packs one package with pnpm into `dest`, as `pnpm publish` would: `workspace:` and `catalog:`
 * ranges rewritten, dev-only fields removed (.pnpmfile.cjs).
 */
export async function pack(dir: string, dest: string): Promise<string> {
  const stdout = await run("pnpm", ["pack", "--json", "--pack-destination", dest], { cwd: dir });
  return JSON.parse(stdout).filename as string;
}

async function runPublint(tarball: string): Promise<Pick<LintResult, "problems" | "suggestions">> {
  const bytes = readFileSync(tarball);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const { messages, pkg } = await publint({ pack: { tarball: buffer }, strict: true, level: "suggestion" });
  const describe = (m: (typeof messages)[number]) =>
    `publint ${m.type} ${m.code}: ${formatMessage(m, pkg, { color: false }) ?? m.path.join(".")}`;
  return {
    problems: messages.filter((m) => m.type !== "suggestion").map(describe),
    suggestions: messages.filter((m) => m.type === "suggestion").map(describe),
  };
}

interface AttwProblem {
  kind: string;
  entrypoint?: string;
  resolutionKind?: string;
  typesFileName?: string;
  implementationFileName?: string;
}

async function runAttw(tarball: string): Promise<string[]> {
  const bin = join(ROOT, "node_modules", ".bin", "attw");
  const stdout = await exec(bin, [tarball, "--format", "json"], { maxBuffer: 64 * 1024 * 1024 }).then(
    (r) => r.stdout,
    (error: { stdout?: string; message: string }) =>
      error.stdout || `{"error": ${JSON.stringify(error.message)}}`,
  );
  const report = JSON.parse(stdout) as { error?: string; problems?: Record<string, AttwProblem[]> };
  if (report.error) return [`attw could not analyse the tarball: ${report.error}`];
  return Object.values(report.problems ?? {})
    .flat()
    .map(describeAttwProblem);
}

function describeAttwProblem(p: AttwProblem): string {
  const file = (path?: string) => path?.replace(/^\/node_modules\/(@[^/]+\/)?[^/]+\//, "");
  const where = [
    p.entrypoint && `entry ${p.entrypoint}`,
    p.resolutionKind,
    file(p.typesFileName),
    file(p.implementationFileName),
  ];
  const docs = `https://github.com/arethetypeswrong/arethetypeswrong.github.io/blob/main/docs/problems/${p.kind}.md`;
  return `attw ${p.kind} (${where.filter(Boolean).join(", ")}) — see ${docs}`;
}

/** The files of a tarball, by path relative to the package root, and its manifest. */
export async function readTarball(tarball: string): Promise<Packed> {
  const { files, rootDir } = await unpack(readFileSync(tarball));
  const byPath = new Map(files.map((f) => [f.name.slice(rootDir.length + 1), f.data] as const));
  const manifest = JSON.parse(new TextDecoder().decode(byPath.get("package.json")));
  return { manifest, files: byPath };
}

/** What a package in `root` must publish besides working entry points; see ./lint-packages/. */
function npmProblems(packed: Packed, pkg: WorkspacePackage, root: string): string[] {
  const repository = rootRepository(root);
  const directory = relative(root, pkg.dir);
  const license = readFileSync(join(root, "LICENSE"), "utf8");
  const readme = packed.files.get("README.md");
  const shipped = new Set(packed.files.keys());
  return [
    ...manifestProblems(packed, { repository, directory, license }),
    ...(readme
      ? readmeLinkProblems(new TextDecoder().decode(readme), { repository, directory, root, shipped })
      : []),
  ];
}

/** Packs and lints one package of the repository at `root`; the tarball goes to `tmp`. */
export async function lintPackage(pkg: WorkspacePackage, tmp: string, root = ROOT): Promise<LintResult> {
  if (!existsSync(join(pkg.dir, "dist"))) {
    return { name: pkg.name, problems: [], suggestions: [], skipped: "not built (run `pnpm build`)" };
  }
  const tarball = await pack(pkg.dir, tmp);
  const publintResult = await runPublint(tarball);
  const attwProblems = await runAttw(tarball);
  const problems = [...npmProblems(await readTarball(tarball), pkg, root), ...publintResult.problems];
  return { name: pkg.name, ...publintResult, problems: [...problems, ...attwProblems] };
}

/**
 * Rewrites each package's `repository`, `homepage` and `bugs` and its README's links into the
 * repository from the root package.json: run after setting the repository there.
 */
export function fixPackages(root = ROOT): string[] {
  const repository = rootRepository(root);
  const changed: string[] = [];
  for (const pkg of publishablePackages(root)) {
    const manifestPath = join(pkg.dir, "package.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    const fixed = `${JSON.stringify({ ...manifest, ...manifestLinks(repository, relative(root, pkg.dir)) }, null, 2)}\n`;
    const readmePath = join(pkg.dir, "README.md");
    const readme = existsSync(readmePath) ? readFileSync(readmePath, "utf8") : undefined;
    const fixedReadme = readme && fixReadmeLinks(readme, repository, root);
    for (const [path, before, after] of [
      [manifestPath, readFileSync(manifestPath, "utf8"), fixed],
      [readmePath, readme, fixedReadme],
    ] as const) {
      if (after === undefined || before === after) continue;
      writeFileSync(path, after);
      changed.push(relative(root, path));
    }
  }
  return changed;
}

/** Lints every publishable package in turn, printing one line per package (and one per problem). */
export async function lintPackages(root = ROOT, log = console.log): Promise<LintResult[]> {
  const tmp = mkdtempSync(join(tmpdir(), "clientele-lint-"));
  const results: LintResult[] = [];
  try {
    for (const pkg of publishablePackages(root)) {
      const started = performance.now();
      const result = await lintPackage(pkg, tmp, root);
      const ms = Math.round(performance.now() - started);
      log(summaryLine(result, ms));
      for (const line of [...result.problems, ...result.suggestions]) log(`    ${line}`);
      results.push(result);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return results;
}

function summaryLine(result: LintResult, ms: number): string {
  if (result.skipped) return `skip  ${result.name}: ${result.skipped}`;
  const count = result.problems.length;
  return count ? `FAIL  ${result.name}: ${count} problem(s) (${ms} ms)` : `ok    ${result.name} (${ms} ms)`;
}

export const command = defineCommand({
  usage: "pnpm lint:packages",
  summary:
    "Lints the tarball of each publishable package (publint, Are the Types Wrong, the manifest npm needs, README links); run it after `pnpm build`.",
  options: {
    fix: {
      type: "boolean",
      description:
        "first rewrite each manifest's repository, homepage and bugs, and README links, from the root package.json",
    },
  },
  examples: [
    "pnpm build && pnpm lint:packages",
    "pnpm lint:packages --fix     # after changing the root package.json's repository",
  ],
});

async function main(argv: string[]) {
  if (readCommandLine(command, argv).values.fix)
    for (const path of fixPackages()) console.log(`fixed ${path}`);
  const results = await lintPackages();
  const failed = results.filter((r) => r.problems.length).map((r) => r.name);
  if (failed.length) {
    console.error(`Packaging problems in ${failed.join(", ")}.`);
    process.exit(1);
  }
  const linted = results.filter((r) => !r.skipped).length;
  console.log(`${linted} package(s) pass publint, attw and the manifest and README checks.`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
