import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../lib/providers.ts";
import { publishablePackages } from "../lint-packages.ts";
import {
  type CompileError,
  type Compiler,
  compile,
  compilers,
  createTypeConsumer,
  type Resolution,
} from "../typescript-versions/project.ts";

/** The minimum the packages state: `>=5.4` in core's `peerDependencies.typescript` → `5.4`. */
function statedMinimum(): string {
  const core = JSON.parse(readFileSync(join(ROOT, "packages", "core", "package.json"), "utf8"));
  const range: string = core.peerDependencies?.typescript ?? "";
  const minimum = /^>=(\d+\.\d+)$/.exec(range)?.[1];
  if (!minimum)
    throw new Error(`packages/core/package.json: peerDependencies.typescript is "${range}", not ">=X.Y"`);
  return minimum;
}

const atLeast = (version: string, minimum: string) =>
  version.localeCompare(minimum, "en", { numeric: true }) >= 0;

/** Where the declarations of openapi-fetch (and of its helpers package) are, installed by pnpm. */
const OPENAPI_FETCH_TYPES =
  /node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(openapi-fetch|openapi-typescript-helpers)\//;

/** Runs `tasks` two at a time: each is a compiler process, and the machine's cores are shared. */
async function pooled<T>(tasks: (() => Promise<T>)[], limit = 2): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

interface Run {
  compiler: Compiler;
  resolution: Resolution;
  skipLibCheck: boolean;
  errors: CompileError[];
}

/**
 * A consumer's program (scripts/typescript-versions/consumer.ts) compiled against the built
 * packages by each TypeScript in the catalog: every version from the stated minimum compiles it,
 * strict and without `skipLibCheck`, with `moduleResolution` nodenext and bundler; every older one
 * fails only inside openapi-fetch's own declarations, and compiles it with `skipLibCheck`.
 */
describe("the TypeScript versions a consumer compiles the packages with", () => {
  const dir = mkdtempSync(join(tmpdir(), "clientele-typescript-versions-"));
  const minimum = statedMinimum();
  const all = compilers();
  let runs: Run[];

  beforeAll(async () => {
    createTypeConsumer(dir);
    const plan = all.flatMap((compiler) =>
      atLeast(compiler.version, minimum)
        ? (["nodenext", "bundler"] as const).map((resolution) => ({
            compiler,
            resolution,
            skipLibCheck: false,
          }))
        : [false, true].map((skipLibCheck) => ({ compiler, resolution: "nodenext" as const, skipLibCheck })),
    );
    runs = await pooled(
      plan.map((p) => async () => ({ ...p, errors: await compile(dir, p.compiler, p.resolution, p) })),
    );
  }, 480_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("include the minimum, the version below it and the current one", () => {
    const versions = all.map((c) => c.version);
    expect(versions.filter((v) => atLeast(v, minimum)).length).toBeGreaterThanOrEqual(2);
    expect(
      versions.some((v) => !atLeast(v, minimum)),
      "a version below the minimum shows why it is the minimum",
    ).toBe(true);
    expect(
      versions.some((v) => v.startsWith(`${minimum}.`)),
      `a ${minimum}.x`,
    ).toBe(true);
  });

  it("from the minimum on: strict, no skipLibCheck, nodenext and bundler, without an error", () => {
    const passing = runs.filter((r) => atLeast(r.compiler.version, minimum));
    expect(passing.length).toBeGreaterThanOrEqual(4);
    for (const run of passing)
      expect(run.errors, `TypeScript ${run.compiler.version}, ${run.resolution}`).toEqual([]);
  });

  it("below it: errors only inside openapi-fetch's declarations, and none with skipLibCheck", () => {
    const older = runs.filter((r) => !atLeast(r.compiler.version, minimum));
    expect(older.length).toBeGreaterThanOrEqual(2);
    for (const run of older) {
      const label = `TypeScript ${run.compiler.version}${run.skipLibCheck ? " with skipLibCheck" : ""}`;
      if (run.skipLibCheck) expect(run.errors, label).toEqual([]);
      else {
        expect(run.errors.length, label).toBeGreaterThan(0);
        expect(
          run.errors.filter((e) => !OPENAPI_FETCH_TYPES.test(e.file)),
          label,
        ).toEqual([]);
      }
    }
  });

  it("is stated by every published package: an optional peer dependency and its README", () => {
    for (const pkg of publishablePackages()) {
      const manifest = JSON.parse(readFileSync(join(pkg.dir, "package.json"), "utf8"));
      expect(manifest.peerDependencies?.typescript, pkg.name).toBe(`>=${minimum}`);
      expect(manifest.peerDependenciesMeta?.typescript, pkg.name).toEqual({ optional: true });
      expect(readFileSync(join(pkg.dir, "README.md"), "utf8"), pkg.name).toContain(`TypeScript ≥ ${minimum}`);
    }
    expect(readFileSync(join(ROOT, "README.md"), "utf8")).toContain(`TypeScript ≥ ${minimum}`);
  });
});
