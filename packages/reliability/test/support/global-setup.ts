import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { loadTallies, type Tally } from "./tally";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where each test file saves its counters for the summary. */
    tallyDir: string;
  }
}

/**
 * Gives every test file a folder for its counters; at the end, sums them and prints the suite's
 * summary. The run fails if any check counted an item lost or duplicated, a credential leaked or
 * a rejection unhandled, even if the check that counted it was skipped or its failure was lost.
 */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "clientele-reliability-"));
  project.provide("tallyDir", dir);
  const started = Date.now();
  return () => {
    const { files, total, kinds } = loadTallies(dir);
    rmSync(dir, { recursive: true, force: true });
    if (files.length === 0) return;
    process.stdout.write(summary(total, kinds, files.length, Date.now() - started));
    const broken = (["lost", "duplicated", "leaked", "unhandledRejections"] as const).filter((k) => total[k]);
    if (broken.length) throw new Error(`reliability: ${broken.map((k) => `${k} ${total[k]}`).join(", ")}`);
  };
}

function summary(t: Tally, kinds: Record<string, number>, files: number, ms: number): string {
  const n = (value: number) => value.toLocaleString("en-US");
  const rows: [string, number][] = [
    ["requests served by the fakes", t.requests],
    ["faults injected", t.faultsInjected],
    ["retries made", t.retries],
    ["list items checked", t.itemsChecked],
    ["batch members accounted for", t.membersChecked],
    ["hostile inputs tried", t.hostileInputs],
    ["error serialisations searched", t.serialisationsSearched],
    ["property cases generated (sockets)", t.propertyCases],
    ["property invariants checked (sockets)", t.invariantsChecked],
    ...coreProperties(),
    ["items lost", t.lost],
    ["items or writes duplicated", t.duplicated],
    ["credentials leaked", t.leaked],
    ["unhandled rejections", t.unhandledRejections],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `  ${label.padEnd(width)}  ${n(value).padStart(9)}`);
  const byKind = Object.entries(kinds)
    .sort(([, a], [, b]) => b - a)
    .map(([kind, count]) => `${kind} ${n(count)}`);
  lines.splice(2, 0, `    by kind: ${byKind.join(", ") || "none"}`);
  return ["", `Reliability summary (${files} test files, ${(ms / 1000).toFixed(1)} s)`, ...lines, ""].join(
    "\n",
  );
}

/** The figures of core's property tests from their last run (`pnpm test` runs core's tests first). */
function coreProperties(): [string, number][] {
  const file = fileURLToPath(
    new URL("../../../../node_modules/.cache/clientele/core-properties.json", import.meta.url),
  );
  if (!existsSync(file)) return [];
  const { cases, invariants } = JSON.parse(readFileSync(file, "utf8")) as {
    cases: number;
    invariants: number;
  };
  return [
    ["property cases generated (core, last run)", cases],
    ["property invariants checked (core, last run)", invariants],
  ];
}
