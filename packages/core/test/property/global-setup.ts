import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { SCALE, SEED } from "./settings.js";

/** Where the last run of core's properties leaves its figures (in the workspace's cache, not in git). */
export const FIGURES = fileURLToPath(
  new URL("../../../../node_modules/.cache/clientele/core-properties.json", import.meta.url),
);

/** Prints, at the end of core's tests, how many cases the property files generated and checked. */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "clientele-properties-"));
  project.provide("propertyDir", dir);
  return () => {
    let cases = 0;
    let invariants = 0;
    const files = readdirSync(dir).filter((name) => name.endsWith(".json"));
    for (const name of files) {
      const saved = JSON.parse(
        readFileSync(join(dir, name), "utf8"),
      ) as typeof import("./figures.js").figures;
      cases += saved.cases;
      invariants += saved.invariants;
    }
    rmSync(dir, { recursive: true, force: true });
    if (!files.length) return;
    // the reliability suite's summary reports these figures beside its own
    mkdirSync(dirname(FIGURES), { recursive: true });
    writeFileSync(
      FIGURES,
      JSON.stringify({ cases, invariants, seed: SEED, runs: SCALE, files: files.length }),
    );
    const n = (value: number) => value.toLocaleString("en-US");
    process.stdout.write(
      `\nProperty summary (core, ${files.length} files, seed ${SEED}, runs ×${SCALE}): ${n(cases)} cases generated, ${n(invariants)} invariants checked\n`,
    );
  };
}
