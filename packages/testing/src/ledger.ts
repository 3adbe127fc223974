import { createFaultCounts } from "./fault-counts";
import type { FaultKind } from "./fault-plan";

/** One request as the fake saw it. Credentials are replaced by `"[redacted]"` before recording. */
export interface LedgerEntry {
  /** 1, 2, 3… in order of arrival (after the body was read), never reused, not reset by `clear()`. */
  readonly seq: number;
  readonly method: string;
  /** The path as sent, still percent-encoded. */
  readonly path: string;
  /** The matched route template, or "" when no route matched. */
  route: string;
  /** Repeated keys become arrays. */
  readonly query: Readonly<Record<string, string | string[]>>;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string | string[]>>;
  /** Parsed JSON (or form) body; the raw text when it did not parse; undefined when empty. */
  readonly body: unknown;
  /** The status sent on the wire; 0 while no response head has been sent (and for `stall`). */
  status: number;
  /** The fault injected into this request, if any. */
  fault?: FaultKind;
  /** The drift mutation that changed its response, if any (`options.drift`). */
  drift?: string;
  /** The side effects its handler recorded, as `kind:key`. */
  readonly effects: string[];
}

/** A side effect a handler recorded with `ctx.effect(kind, key)`. */
export interface Effect {
  readonly seq: number;
  readonly kind: string;
  readonly key: string;
}

/** Everything the fake saw and did, for assertions. */
export interface Ledger {
  /** Every request in order of arrival. */
  readonly entries: LedgerEntry[];
  /** Every side effect, append-only (until `clear()`). */
  readonly effects: Effect[];
  /**
   * How many faults of each kind were injected. Every kind reads 0 until injected, but only the
   * kinds injected are listed, so `console.log(ledger.faults)` prints `{ '503': 1 }`.
   */
  readonly faults: Record<FaultKind, number>;
  /** The number of entries matching `predicate` (all entries without one). */
  count(predicate?: (entry: LedgerEntry) => boolean): number;
  /** The keys of the effects of one kind, in order, e.g. `effectsOf("upsert")` → emails. */
  effectsOf(kind: string): string[];
  /** Empties entries, effects and fault counts in place; sequence numbers go on. */
  clear(): void;
}

export type NewEntry = Omit<LedgerEntry, "seq" | "status" | "effects" | "fault">;

/** The server's write side of a ledger. */
export interface LedgerWriter {
  open(entry: NewEntry): LedgerEntry;
  effect(entry: LedgerEntry, kind: string, key: string): void;
  fault(entry: LedgerEntry, kind: FaultKind): void;
}

export function createLedger(): { ledger: Ledger; writer: LedgerWriter } {
  const entries: LedgerEntry[] = [];
  const effects: Effect[] = [];
  const faults = createFaultCounts();
  let seq = 0;
  const ledger: Ledger = {
    entries,
    effects,
    faults: faults.counts,
    count: (predicate) => (predicate ? entries.filter(predicate).length : entries.length),
    effectsOf: (kind) => effects.filter((e) => e.kind === kind).map((e) => e.key),
    clear: () => {
      entries.length = 0;
      effects.length = 0;
      faults.reset();
    },
  };
  const writer: LedgerWriter = {
    open: (entry) => {
      const opened: LedgerEntry = { ...entry, seq: ++seq, status: 0, effects: [] };
      entries.push(opened);
      return opened;
    },
    effect: (entry, kind, key) => {
      effects.push({ seq: entry.seq, kind, key });
      entry.effects.push(`${kind}:${key}`);
    },
    fault: (entry, kind) => {
      entry.fault = kind;
      faults.add(kind);
    },
  };
  return { ledger, writer };
}
