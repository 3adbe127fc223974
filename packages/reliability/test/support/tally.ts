import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * What the suite did and found, counted where it happens: faults from the fakes' ledgers, retries
 * from the clients' `onRetry` hooks, items and inputs by the checks that looked at them, and every
 * item lost or duplicated and every credential leaked that a check detected (before it failed).
 */
export interface Tally {
  /** Faults the fakes injected (sum of every ledger's `faults`). */
  faultsInjected: number;
  /** Requests the fakes served. */
  requests: number;
  /** Retries the clients made (`onRetry` calls). */
  retries: number;
  /** List items compared with what the fake holds. */
  itemsChecked: number;
  /** Batch members accounted for (`succeeded` or `failed`). */
  membersChecked: number;
  /** Hostile or invalid inputs given to a client. */
  hostileInputs: number;
  /** Error serialisations searched for a canary credential. */
  serialisationsSearched: number;
  /** Worlds the property tests generated (shrinking included). */
  propertyCases: number;
  /** Invariant checks the property tests made on them. */
  invariantsChecked: number;
  /** Items or members that never arrived. */
  lost: number;
  /** Items or members (or writes) that arrived more than once. */
  duplicated: number;
  /** Canary credentials found where they must not be. */
  leaked: number;
  /** `unhandledRejection` events seen by the suite's listener. */
  unhandledRejections: number;
}

const EMPTY_TALLY: Tally = {
  faultsInjected: 0,
  requests: 0,
  retries: 0,
  itemsChecked: 0,
  membersChecked: 0,
  hostileInputs: 0,
  serialisationsSearched: 0,
  propertyCases: 0,
  invariantsChecked: 0,
  lost: 0,
  duplicated: 0,
  leaked: 0,
  unhandledRejections: 0,
};

/** This test file's counters (each file runs in its own module scope). */
export const tally: Tally = { ...EMPTY_TALLY };

/** This test file's injected faults, by kind. */
export const faultKinds: Record<string, number> = {};

/** Adds a ledger's fault counts to this file's. */
export function countFaults(faults: Readonly<Record<string, number>>): void {
  for (const [kind, n] of Object.entries(faults)) {
    if (!n) continue;
    faultKinds[kind] = (faultKinds[kind] ?? 0) + n;
    count("faultsInjected", n);
  }
}

/** Adds to this file's counters. */
export function count(field: keyof Tally, by = 1): void {
  tally[field] += by;
}

/** Writes this file's counters to `dir`, one JSON file per test file. */
export function saveTally(dir: string, file: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${randomUUID()}.json`), JSON.stringify({ file, tally, faultKinds }));
}

interface Saved {
  file: string;
  tally: Tally;
  faultKinds: Record<string, number>;
}

/** Sums every saved tally in `dir`. */
export function loadTallies(dir: string): { files: string[]; total: Tally; kinds: Record<string, number> } {
  const total = { ...EMPTY_TALLY };
  const kinds: Record<string, number> = {};
  const files: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
    const saved = JSON.parse(readFileSync(join(dir, name), "utf8")) as Saved;
    files.push(saved.file);
    for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += saved.tally[key] ?? 0;
    for (const [kind, n] of Object.entries(saved.faultKinds)) kinds[kind] = (kinds[kind] ?? 0) + n;
  }
  return { files, total, kinds };
}
