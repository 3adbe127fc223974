/**
 * A consumer project that holds every README example as its own file, compiled as a reader's
 * project would compile it (tsc, strict, nodenext) against the packed packages, and runs each one.
 */
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ReadmeExample } from "./blocks.ts";

const TSCONFIG = {
  compilerOptions: {
    target: "es2022",
    module: "nodenext",
    moduleResolution: "nodenext",
    lib: ["es2022"],
    types: ["node"],
    strict: true,
    // as `tsc --init` writes it: the examples are checked, not third-party declarations (msw's
    // need the DOM library); the release rehearsal checks the packages' own with skipLibCheck off
    skipLibCheck: true,
    rootDir: "examples",
    outDir: "dist",
  },
  include: ["examples"],
};

/** Writes each example to `examples/<id>.ts` and the tsconfig; returns the project-relative paths. */
export function writeExamples(dir: string, examples: ReadmeExample[]): void {
  mkdirSync(join(dir, "examples"), { recursive: true });
  writeFileSync(join(dir, "tsconfig.json"), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  for (const example of examples) writeFileSync(join(dir, "examples", `${example.id}.ts`), example.code);
}

/**
 * Compiles every example at once; returns tsc's errors per example, each pointing at the README
 * line it comes from (`packages/core/README.md:42:7 error TS2304: Cannot find name 'paths'.`).
 */
export async function compileExamples(
  dir: string,
  examples: ReadmeExample[],
): Promise<Map<string, string[]>> {
  const tsc = join(dir, "node_modules", ".bin", "tsc");
  const output = await new Promise<string>((resolve) =>
    execFile(
      tsc,
      ["-p", "tsconfig.json", "--pretty", "false"],
      { cwd: dir, maxBuffer: 64 << 20 },
      (_, stdout, stderr) => resolve(`${stdout}${stderr}`),
    ),
  );
  const errors = new Map(examples.map((e) => [e.id, [] as string[]]));
  const byId = new Map(examples.map((e) => [e.id, e]));
  for (const match of output.matchAll(/^examples\/(.+?)\.ts\((\d+),(\d+)\): (error .*)$/gm)) {
    const [, id, line, column, message] = match;
    const example = byId.get(id!);
    if (!example) continue;
    errors.get(id!)!.push(`${example.readme}:${example.line + Number(line)}:${column} ${message}`);
  }
  const unattributed = /error TS/.test(output) && [...errors.values()].every((list) => list.length === 0);
  if (unattributed) throw new Error(`tsc failed outside the examples:\n${output}`);
  return errors;
}

export interface ExampleRun {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Runs a compiled example with node and only `env` (and PATH) as its environment. */
export function runExample(
  dir: string,
  example: ReadmeExample,
  env: Record<string, string>,
  timeoutMs = 30_000,
) {
  return new Promise<ExampleRun>((resolve) => {
    const file = join(dir, "dist", `${example.id}.js`);
    const child = execFile(
      process.execPath,
      [file],
      { cwd: dir, env: { PATH: process.env.PATH ?? "", ...env }, timeout: timeoutMs, killSignal: "SIGKILL" },
      (error, stdout, stderr) => {
        const timedOut = Boolean(error && (error as { killed?: boolean }).killed);
        resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr, timedOut });
      },
    );
    child.stdin?.end();
  });
}
