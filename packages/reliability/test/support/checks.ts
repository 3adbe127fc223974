import { expect } from "vitest";
import { count } from "./tally";

/**
 * Checks that `got` is exactly `expected`: every id once, in order. Counts what it checked, and
 * every id lost or duplicated, before the assertion can fail.
 */
export function expectExactlyOnce(got: readonly string[], expected: readonly string[]): void {
  const seen = new Map<string, number>();
  for (const id of got) seen.set(id, (seen.get(id) ?? 0) + 1);
  const lost = expected.filter((id) => !seen.has(id));
  const duplicated = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  count("itemsChecked", got.length);
  count("lost", lost.length);
  count("duplicated", duplicated.length);
  expect({ lost: lost.slice(0, 5), duplicated: duplicated.slice(0, 5) }).toEqual({
    lost: [],
    duplicated: [],
  });
  expect(got.length).toBe(expected.length);
  expect(got).toEqual(expected);
}

/** Milliseconds `run` took, and what it threw (or `undefined`). */
export async function timed(run: () => Promise<unknown>): Promise<{ ms: number; error: unknown }> {
  const started = performance.now();
  try {
    await run();
    return { ms: performance.now() - started, error: undefined };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}

/** A batch result as the helpers return it. */
export interface Outcome<M> {
  succeeded: readonly M[];
  failed: readonly { member: M; reason: string; status?: number }[];
}

/**
 * Checks that every input member appears exactly once across `succeeded` and `failed` (the same
 * object, in input order within each list), and that every failure says why. Counts as it goes.
 */
export function expectAccounted<M>(outcome: Outcome<M>, inputs: readonly M[]): void {
  const all = [...outcome.succeeded, ...outcome.failed.map((f) => f.member)];
  const times = new Map<M, number>();
  for (const member of all) times.set(member, (times.get(member) ?? 0) + 1);
  const lost = inputs.filter((m) => !times.has(m));
  const duplicated = [...times].filter(([, n]) => n > 1);
  count("membersChecked", all.length);
  count("lost", lost.length);
  count("duplicated", duplicated.length);
  expect({ lost: lost.length, duplicated: duplicated.length, total: all.length }).toEqual({
    lost: 0,
    duplicated: 0,
    total: inputs.length,
  });
  const order = (list: readonly M[]) => list.map((m) => inputs.indexOf(m));
  const sorted = (list: number[]) => [...list].sort((a, b) => a - b);
  expect(order(outcome.succeeded)).toEqual(sorted(order(outcome.succeeded)));
  expect(order(outcome.failed.map((f) => f.member))).toEqual(
    sorted(order(outcome.failed.map((f) => f.member))),
  );
  for (const f of outcome.failed) expect(f.reason).toMatch(/\S/);
}

/** Resolves once `condition()` holds, polling every 5 ms; rejects after `ms`. */
export async function until(condition: () => boolean, ms = 2_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`condition not met within ${ms} ms: ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
