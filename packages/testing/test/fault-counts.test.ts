import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFaultCounts } from "../src/fault-counts";
import { FAULT_KINDS, type FaultKind } from "../src/fault-plan";
import { startEcho } from "./fixtures/start";

const tally = (kinds: readonly FaultKind[]) => {
  const counts: Partial<Record<FaultKind, number>> = {};
  for (const kind of kinds) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
};

describe("fault counts", () => {
  it("list only the kinds injected, and read 0 for the others", () => {
    const faults = createFaultCounts();
    faults.add("503");
    faults.add("reset");
    faults.add("503");
    expect(inspect(faults.counts)).toBe("{ '503': 2, reset: 1 }");
    expect(JSON.stringify(faults.counts)).toBe('{"503":2,"reset":1}');
    expect({ ...faults.counts }).toEqual({ "503": 2, reset: 1 });
    expect(faults.counts["504"]).toBe(0);
    expect(faults.counts).toMatchObject({ "503": 2, "504": 0 });
  });

  it("print nothing but {} before any fault, and after a reset", () => {
    const faults = createFaultCounts();
    expect(inspect(faults.counts)).toBe("{}");
    faults.add("slow-body");
    faults.reset();
    expect(inspect(faults.counts)).toBe("{}");
    expect(faults.counts["slow-body"]).toBe(0);
  });

  it("hold, for any faults injected, each kind's count, and list exactly the kinds that occurred", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FAULT_KINDS), { maxLength: 60 }), (kinds) => {
        const faults = createFaultCounts();
        for (const kind of kinds) faults.add(kind);
        const expected = tally(kinds);
        for (const kind of FAULT_KINDS) expect(faults.counts[kind]).toBe(expected[kind] ?? 0);
        expect(Object.fromEntries(Object.entries(faults.counts))).toEqual(expected);
        expect(Object.keys(faults.counts).sort()).toEqual(Object.keys(expected).sort());
      }),
    );
  });

  it("are what a fake's ledger counts", async () => {
    const server = await startEcho({ faults: ["503", "ok", "503"] });
    try {
      for (let i = 0; i < 3; i++) await fetch(`${server.url}/v1/users`).then((r) => r.text());
      expect(server.ledger.faults).toEqual({ "503": 2 });
      expect(server.ledger.faults.reset).toBe(0);
    } finally {
      await server.close();
    }
  });
});
