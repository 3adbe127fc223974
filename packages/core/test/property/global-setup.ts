import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { SCALE, SEED } from "./settings.js";

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
    const n = (value: number) => value.toLocaleString("en-US");
    process.stdout.write(
      `\nProperty summary (core, ${files.length} files, seed ${SEED}, runs ×${SCALE}): ${n(cases)} cases generated, ${n(invariants)} invariants checked\n`,
    );
  };
}
