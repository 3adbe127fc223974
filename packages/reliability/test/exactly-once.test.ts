import { FAULT_KINDS, type FaultKind } from "@clientele/testing";
import { afterAll, describe, expect, it } from "vitest";
import { expectExactlyOnce } from "./support/checks";
import { SUBJECTS, type Fake, type Subject } from "./support/subjects";

/**
 * 10,000 items per provider, one response in five faulted, drawn from every kind a fake injects but
 * the redirect (the secrets suite covers that). Each page's call has 1 + 8 attempts, and draws are
 * independent, so a page is lost only if all 9 are faulted: 0.2^9 ≈ 5.1e-7. The file fetches about
 * 2,200 pages (100 + 200 + 50 + 100 + 102 per walk, four walks: two whole, two interrupted twice
 * and resumed), so the chance that any page runs out of retries is about 2,200 × 5.1e-7 ≈ 0.11%.
 * Backoff waits at most 20 ms, a 429's `Retry-After` is 0, and a stalled attempt gives up after
 * `timeoutMs` (400 ms; a slow body, about 200 ms, fits in it).
 */
const ITEMS = 10_000;
const KINDS = FAULT_KINDS.filter((kind) => kind !== "redirect-cross-origin");
const FAULTS = { rate: 0.2, kinds: KINDS };
const CLIENT = { retry: { retries: 8, baseDelayMs: 1, maxDelayMs: 20 }, timeoutMs: 400 };
const MODES = [
  { label: "concurrency and prefetch on", options: { concurrency: 4, prefetch: true } },
  { label: "concurrency and prefetch off", options: { concurrency: 1, prefetch: false } },
];

/** Faults injected per kind over the whole file: every kind must have been exercised. */
const injected = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<FaultKind, number>;
const record = (fake: Fake) => {
  for (const kind of KINDS) injected[kind] += fake.server.ledger.faults[kind];
};
afterAll(() => {
  expect(Object.entries(injected).filter(([, n]) => n === 0)).toEqual([]);
});

async function drain(subject: Subject, walk: AsyncIterable<unknown>, into: string[], stopAt?: () => void) {
  for await (const item of walk) {
    into.push(subject.idOf(item));
    stopAt?.();
  }
}

// The walks wait (on stalls, slow bodies, backoff) far more than they compute: run them side by side.
describe.concurrent.each(SUBJECTS)("$name: exactly once under faults", ({ start }) => {
  it.each(MODES)("walks 10,000 items, $label", async ({ options }) => {
    const fake = await start({ items: ITEMS, faults: FAULTS, seed: 11 });
    const subject = fake.client(CLIENT);
    const got: string[] = [];
    await drain(subject, subject.list(undefined, options), got);
    record(fake);
    expect(fake.server.ledger.count((e) => e.fault !== undefined)).toBeGreaterThan(0);
    expectExactlyOnce(got, fake.ids());
  });

  it.each(MODES)("aborts twice, resumes from the saved position, $label", async ({ options }) => {
    const fake = await start({ items: ITEMS, faults: FAULTS, seed: 12 });
    const subject = fake.client(CLIENT);
    const got: string[] = [];
    let resume: unknown = undefined;
    // once on a page boundary of every page size used (100, 200), once in the middle of a page
    for (const stop of [2_000, 6_789, Infinity]) {
      const controller = new AbortController();
      const walk = subject.list(
        { signal: controller.signal },
        { ...options, ...(resume !== undefined && { resume: JSON.parse(resume as string) }) },
      );
      const run = drain(subject, walk, got, () => got.length === stop && controller.abort());
      if (stop === Infinity) await run;
      else await expect(run).rejects.toMatchObject({ name: "AbortError" });
      // what a consumer would store: plain JSON
      resume = JSON.stringify(walk.position);
    }
    expect(resume).toBe("null");
    record(fake);
    expectExactlyOnce(got, fake.ids());
  });
});
