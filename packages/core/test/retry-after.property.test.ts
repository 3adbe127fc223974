/**
 * Property: statuses and server-directed waits from the whole value space (`Retry-After` as
 * seconds, dates, huge numbers, 1e400, negatives, garbage; `retry-after-ms`; `X-RateLimit-Reset`),
 * with any `maxRetryAfterMs` and deadline, on a fake clock. Every failure is a `ClienteleError`
 * from the call and from `unwrap`, a valid wait is never shortened, and a deadline is kept.
 */
import fc from "fast-check";
import { afterEach, beforeEach, describe, it, vi } from "vitest";
import { unwrap } from "../src/index.js";
import { fixtureClient } from "./fixtures.js";
import { type Settled, fakeClock, settle } from "./property/clock.js";
import { generated, saveFiguresAfterAll } from "./property/figures.js";
import { hintValue, maxRetryAfter, obligedWait, renderHint } from "./property/hostile-values.js";
import { expectTyped, holds, serialisations, watchUnhandled } from "./property/invariants.js";
import { params, timeout } from "./property/settings.js";

const answer = fc.record({
  status: fc.oneof(fc.constantFrom(408, 429, 500, 502, 503, 504), fc.integer({ min: 200, max: 599 })),
  hint: fc.option(
    fc.record({
      header: fc.constantFrom("retry-after", "retry-after", "retry-after-ms", "x-ratelimit-reset"),
      value: hintValue,
      remainingZero: fc.boolean(),
    }),
    { nil: undefined },
  ),
  latencyMs: fc.integer({ min: 0, max: 300 }),
});

const world = fc.record({
  call: fc.constantFrom("GET", "POST x-idempotent", "POST"),
  answers: fc.array(answer, { minLength: 1, maxLength: 4 }),
  retries: fc.integer({ min: 0, max: 3 }),
  maxRetryAfterMs: maxRetryAfter,
  deadlineMs: fc.option(fc.integer({ min: 1, max: 120_000 }), { nil: undefined }),
});
/** Worlds where waits matter: retried statuses, each with a hint, and retries left. */
const waiting = fc.record({
  call: fc.constantFrom("GET", "POST x-idempotent"),
  answers: fc.array(
    fc.record({
      status: fc.constantFrom(408, 429, 500, 502, 503, 504),
      hint: fc.record({
        header: fc.constantFrom("retry-after", "retry-after-ms"),
        value: hintValue,
        remainingZero: fc.boolean(),
      }),
      latencyMs: fc.integer({ min: 0, max: 300 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  retries: fc.integer({ min: 1, max: 3 }),
  maxRetryAfterMs: maxRetryAfter,
  deadlineMs: fc.constant(undefined),
});

type World = typeof world extends fc.Arbitrary<infer W> ? W : never;

interface Seen {
  at: number;
  status: number;
  /** The header and value of the hint the response carried. */
  hint?: [string, string];
}

const unhandled = watchUnhandled();
saveFiguresAfterAll();
beforeEach(fakeClock);
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

/** Plays a world on the fake clock: when each request went, what it was answered, and how the call and `unwrap` ended. */
async function play(w: World) {
  generated();
  const seen: Seen[] = [];
  const sentAt: number[] = [];
  const fetch = (_request: Request, init?: { signal?: AbortSignal }) =>
    new Promise<Response>((resolve, reject) => {
      const plan = w.answers[Math.min(sentAt.length, w.answers.length - 1)]!;
      sentAt.push(Date.now());
      const signal = init?.signal;
      const stop = () => {
        clearTimeout(timer);
        reject(signal!.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", stop);
        const now = Date.now();
        const headers: Record<string, string> = { "content-type": "application/json" };
        let hint: [string, string] | undefined;
        if (plan.hint) {
          hint = [plan.hint.header, renderHint(plan.hint.value, now)];
          headers[hint[0]] = hint[1];
          if (plan.hint.remainingZero) headers["x-ratelimit-remaining"] = "0";
        }
        seen.push({ at: now, status: plan.status, hint });
        const body = { ok: plan.status < 300, error: { code: "E", message: "m" } };
        const nullBody = [204, 205, 304].includes(plan.status);
        resolve(new Response(nullBody ? null : JSON.stringify(body), { status: plan.status, headers }));
      }, plan.latencyMs);
      signal?.addEventListener("abort", stop, { once: true });
    });
  const client = fixtureClient(fetch, {
    // an absent option is left out (an explicit undefined is a property of its own, in options.property.test.ts)
    retry: {
      retries: w.retries,
      baseDelayMs: 10,
      maxDelayMs: 20,
      ...(w.maxRetryAfterMs !== undefined && { maxRetryAfterMs: w.maxRetryAfterMs }),
    },
    ...(w.deadlineMs !== undefined && { deadlineMs: w.deadlineMs }),
  });
  const body = { a: 1 };
  const call =
    w.call == "GET"
      ? client.GET("/items")
      : client.POST(w.call == "POST" ? "/items" : "/items/upsert", { body });
  const settled: Settled<unknown> = await settle(
    call.then((result) => unwrap(result)),
    w.deadlineMs === undefined ? 400 * 86_400_000 : w.deadlineMs + 1_000,
  );
  return { seen, sentAt, settled };
}

describe("server-directed waits (property)", () => {
  it(
    "every failure of a call and its unwrap is a ClienteleError that serialises, and none goes unhandled",
    async () => {
      await fc.assert(
        fc.asyncProperty(world, async (w) => {
          const { settled } = await play(w);
          if (settled.settled && !settled.ok) {
            expectTyped(settled.error);
            serialisations(settled.error);
          }
          await unhandled.expectNone();
        }),
        params(250),
      );
    },
    timeout(250, 10),
  );

  it(
    "a valid Retry-After (seconds or a date) or retry-after-ms is never shortened, whatever maxRetryAfterMs allows",
    async () => {
      await fc.assert(
        fc.asyncProperty(waiting, async (w) => {
          const { seen, sentAt } = await play(w as World);
          for (let i = 0; i + 1 < sentAt.length && i < seen.length; i++) {
            const { hint, at, status } = seen[i]!;
            const wait = hint && obligedWait(hint[0], hint[1], at);
            if (wait === undefined) continue;
            holds(
              sentAt[i + 1]! - at >= wait,
              () =>
                `a ${status} with ${hint![0]}: ${hint![1]} (${wait} ms) was retried after ${sentAt[i + 1]! - at} ms`,
            );
          }
        }),
        params(250),
      );
    },
    timeout(250, 10),
  );

  it(
    "a call with a deadline settles by the deadline",
    async () => {
      const bounded = world.filter((w) => w.deadlineMs !== undefined);
      await fc.assert(
        fc.asyncProperty(bounded, async (w) => {
          const { settled } = await play(w);
          holds(
            settled.settled && settled.at <= w.deadlineMs! + 5,
            () =>
              `deadline ${w.deadlineMs} ms: ${settled.settled ? `settled after ${settled.at} ms` : "never settled"}`,
          );
        }),
        params(250),
      );
    },
    timeout(250, 10),
  );
});
