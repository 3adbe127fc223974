import { FAULT_KINDS, type FaultKind } from "./fault-plan";

/**
 * The ledger's fault counters: a `Record<FaultKind, number>` in which every kind reads 0 until it
 * is injected, but only the kinds injected at least once are listed. Printing it, spreading it,
 * `JSON.stringify` and `Object.entries` therefore show what happened (`{ '503': 2, reset: 1 }`)
 * rather than a dozen zeros, while `faults["504"]` is still a number.
 */
export function createFaultCounts() {
  const counts = {} as Record<FaultKind, number>;
  const set = (kind: FaultKind, value: number) =>
    Object.defineProperty(counts, kind, { value, writable: true, configurable: true, enumerable: value > 0 });
  const reset = () => {
    for (const kind of FAULT_KINDS) set(kind, 0);
  };
  reset();
  return { counts, add: (kind: FaultKind) => set(kind, counts[kind] + 1), reset };
}
