/**
 * Type-check cost for a consumer: one file using all five clients (a typed call and a typed
 * `paginate` walk each), against the same file on plain openapi-fetch with the same schemas
 * (the typed call, and the walk written by hand). Each is checked alone by `tsc --noEmit
 * --extendedDiagnostics` with the repository's compiler options, alternately; times are medians.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { median } from "./stats.ts";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");

export interface TypecheckRow {
  name: string;
  file: string;
  checkSeconds: number;
  totalSeconds: number;
  types: number;
  instantiations: number;
  memoryMB: number;
}

const VARIANTS = [
  { name: "Clientele, five clients", file: "scripts/bench/typecheck/clientele.ts" },
  { name: "plain openapi-fetch, same schemas", file: "scripts/bench/typecheck/openapi-fetch.ts" },
];

/** The figures `--extendedDiagnostics` prints, by label ("Check time" → 1.23). */
function parseDiagnostics(text: string): Map<string, number> {
  const figures = new Map<string, number>();
  for (const [, label, value] of text.matchAll(/^([A-Za-z ]+):\s+([\d.]+)[sK]?$/gm))
    figures.set(label!.trim(), Number(value));
  return figures;
}

async function check(dir: string, file: string): Promise<Map<string, number>> {
  const config = join(dir, `${file.replace(/\W/g, "_")}.json`);
  const options = { extends: join(ROOT, "tsconfig.base.json"), compilerOptions: { declaration: false } };
  writeFileSync(config, JSON.stringify({ ...options, files: [join(ROOT, file)] }));
  try {
    const { stdout } = await run(process.execPath, [TSC, "-p", config, "--extendedDiagnostics"], {
      cwd: ROOT,
    });
    return parseDiagnostics(stdout);
  } catch (error) {
    const errors = String((error as { stdout?: string }).stdout ?? error)
      .split("\n")
      .filter((l) => l.includes("error"));
    throw new Error(`${file} does not type-check:\n${errors.join("\n")}`);
  }
}

export async function measureTypecheck(quick = false): Promise<TypecheckRow[]> {
  const repetitions = quick ? 1 : 3;
  const dir = mkdtempSync(join(tmpdir(), "clientele-bench-tsc-"));
  try {
    const runs = VARIANTS.map(() => [] as Map<string, number>[]);
    for (let r = 0; r < repetitions; r++)
      for (const [i, v] of VARIANTS.entries()) runs[i]!.push(await check(dir, v.file));
    return VARIANTS.map((v, i) => {
      const figure = (label: string) => median(runs[i]!.map((m) => m.get(label) ?? Number.NaN));
      return {
        ...v,
        checkSeconds: figure("Check time"),
        totalSeconds: figure("Total time"),
        types: figure("Types"),
        instantiations: figure("Instantiations"),
        memoryMB: figure("Memory used") / 1024,
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
