/**
 * Property: retry and time options from the whole value space (absent, explicitly `undefined`,
 * valid, 0, negative, fractional, NaN, Infinity, huge), on a fake clock against a server that keeps
 * failing: each option is refused with a `ValidationError` naming it before any request, or the
 * call makes at most the retries asked for (the default when none was given) and ends.
 */
import fc from "fast-check";
import { afterEach, beforeEach, describe, it, vi } from "vitest";
import { ValidationError } from "../src/index.js";
import { fixtureClient } from "./fixtures.js";
import { fakeClock, settle } from "./property/clock.js";
import { generated, saveFiguresAfterAll } from "./property/figures.js";
import { expectTyped, holds, watchUnhandled } from "./property/invariants.js";
import { params, timeout } from "./property/settings.js";

const unhandled = watchUnhandled();
saveFiguresAfterAll();
beforeEach(fakeClock);
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

const ABSENT = Symbol("absent");
const anyNumber = fc.oneof(
  fc.integer({ min: 0, max: 3 }),
  fc.constantFrom<unknown>(
    undefined,
    ABSENT,
    ABSENT,
    -1,
    0.5,
    Number.NaN,
    Infinity,
    -Infinity,
    2 ** 31,
    "2",
    null,
  ),
);
const world = fc.record({
  retries: anyNumber,
  baseDelayMs: anyNumber,
  maxDelayMs: anyNumber,
  maxRetryAfterMs: anyNumber,
  statuses: fc.constantFrom<unknown>(ABSENT, undefined, [503], [], null, [503, 1000]),
  where: fc.constantFrom("client", "call"),
});

describe("options (property)", () => {
  it(
    "a retry option is refused with a ValidationError naming it before any request, or the call retries at most as asked (the default when absent or undefined) and ends",
    async () => {
      await fc.assert(
        fc.asyncProperty(world, async (w) => {
          generated();
          const retry: Record<string, unknown> = {};
          for (const key of ["retries", "baseDelayMs", "maxDelayMs", "maxRetryAfterMs", "statuses"] as const)
            if (w[key] !== ABSENT) retry[key] = w[key];
          let requests = 0;
          const fetch = async () => (requests++, new Response("{}", { status: 503 }));
          let call: Promise<unknown>;
          try {
            const client = fixtureClient(fetch, w.where == "client" ? { retry } : {});
            call = client.GET("/items", w.where == "call" ? { retry } : {});
          } catch (error) {
            holds(
              error instanceof ValidationError && /^retry/.test(error.field),
              () => `refused with ${String(error)}`,
            );
            return;
          }
          // each retry waits at most maxDelayMs (default 8 s; the option is at most what a timer holds)
          const maxDelay = typeof w.maxDelayMs == "number" && w.maxDelayMs >= 0 ? w.maxDelayMs : 8000;
          const retries = Number.isInteger(w.retries) ? (w.retries as number) : 2;
          const settled = await settle(
            call,
            86_400_000 + Math.min(retries, 100) * Math.min(maxDelay, 2 ** 31),
          );
          await unhandled.expectNone();
          holds(
            settled.settled,
            () => `still retrying a day after its longest backoffs: ${requests} requests`,
          );
          if (!settled.ok) {
            expectTyped(settled.error);
            if (settled.error instanceof ValidationError) {
              holds(
                /^retry/.test(settled.error.field) && requests == 0,
                () => `${settled.error} after ${requests} requests`,
              );
              return;
            }
          }
          const asked = Number.isInteger(w.retries) && (w.retries as number) >= 0 ? (w.retries as number) : 2;
          holds(requests <= 1 + asked, () => `${requests} requests for retries ${String(w.retries)}`);
        }),
        params(300),
      );
    },
    timeout(300, 10),
  );
});
