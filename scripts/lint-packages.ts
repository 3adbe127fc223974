/**
 * Lints what each publishable package would put on npm, from the tarball `pnpm pack` makes:
 * publint (strict: its warnings fail too) and Are the Types Wrong (every entry point, every
 * module resolution mode).
 *   pnpm lint:packages     run after `pnpm build`; a package without `dist/` is skipped
 * Prints one line per package and exits 1 when any package has a problem.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { ROOT } from "./generate/providers.ts";
import { run } from "./release-dry/run.ts";

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

/** Packs one package with pnpm (so `workspace:` and `catalog:` ranges are rewritten) into `dest`. */
async function pack(dir: string, dest: string): Promise<string> {
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

async function runAttw(tarball: string, root: string): Promise<string[]> {
  const bin = join(root, "node_modules", ".bin", "attw");
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

/** Packs and lints one package; the tarball goes to `tmp`. */
export async function lintPackage(pkg: WorkspacePackage, tmp: string, root = ROOT): Promise<LintResult> {
  if (!existsSync(join(pkg.dir, "dist"))) {
    return { name: pkg.name, problems: [], suggestions: [], skipped: "not built (run `pnpm build`)" };
  }
  const tarball = await pack(pkg.dir, tmp);
  const publintResult = await runPublint(tarball);
  const attwProblems = await runAttw(tarball, root);
  return { name: pkg.name, ...publintResult, problems: [...publintResult.problems, ...attwProblems] };
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

async function main() {
  const results = await lintPackages();
  const failed = results.filter((r) => r.problems.length).map((r) => r.name);
  if (failed.length) {
    console.error(`Packaging problems in ${failed.join(", ")}.`);
    process.exit(1);
  }
  const linted = results.filter((r) => !r.skipped).length;
  console.log(`${linted} package(s) pass publint and attw.`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
