/**
 * Property: a call with a deadline or a caller's signal settles by the earlier of the two, on a
 * fake clock, whatever is slow: the server (latency, a hang, a fetch that ignores its signal),
 * the token provider (slow, never answering, failing) before the first request or after a 401,
 * backoff waits. It rejects with a `ClienteleError` or with the caller's own abort reason.
 */
import fc from "fast-check";
import { afterEach, beforeEach, describe, it, vi } from "vitest";
import { bearerAuth, unwrap } from "../src/index.js";
import { fixtureClient } from "./fixtures.js";
import { fakeClock, settle } from "./property/clock.js";
import { generated, saveFiguresAfterAll } from "./property/figures.js";
import { expectTyped, holds, watchUnhandled } from "./property/invariants.js";
import { params, timeout } from "./property/settings.js";

const delay = fc.oneof(fc.integer({ min: 0, max: 400 }), fc.constantFrom(3_000, 60_000, "never" as const));

const world = fc
  .record({
    call: fc.constantFrom("GET", "POST"),
    firstToken: delay,
    refresh: fc.oneof(delay, fc.constant("fails" as const)),
    answers: fc.array(
      fc.record({
        status: fc.constantFrom(200, 401, 401, 503),
        latency: fc.oneof(delay, fc.constant("deaf" as const)),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    deadlineMs: fc.option(fc.integer({ min: 1, max: 1_000 }), { nil: undefined }),
    abortAtMs: fc.option(fc.integer({ min: 0, max: 1_000 }), { nil: undefined }),
    timeoutMs: fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }),
    retries: fc.integer({ min: 0, max: 2 }),
    viaSignal: fc.boolean(),
  })
  .filter((w) => w.deadlineMs !== undefined || w.abortAtMs !== undefined);
type World = typeof world extends fc.Arbitrary<infer W> ? W : never;

const unhandled = watchUnhandled();
saveFiguresAfterAll();
beforeEach(fakeClock);
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

const after = <T>(ms: number | "never", value: () => T): Promise<T> =>
  new Promise((resolve, reject) => {
    if (ms == "never") return;
    setTimeout(() => {
      try {
        resolve(value());
      } catch (error) {
        reject(error);
      }
    }, ms);
  });

describe("deadlines and the caller's signal (property)", () => {
  it(
    "a call settles by its deadline or the caller's abort, token refreshes and hung servers included, with a typed error or the abort reason",
    async () => {
      await fc.assert(
        fc.asyncProperty(world, async (w: World) => {
          generated();
          let sent = 0;
          const fetch = (_request: Request, init?: { signal?: AbortSignal }) => {
            const plan = w.answers[Math.min(sent++, w.answers.length - 1)]!;
            if (plan.latency == "deaf") return new Promise<Response>(() => undefined);
            const answer = after(plan.latency, () =>
              Response.json({ ok: plan.status == 200 }, { status: plan.status }),
            );
            const signal = init?.signal;
            if (!signal) return answer;
            return Promise.race([
              answer,
              new Promise<Response>((_, reject) => {
                if (signal.aborted) reject(signal.reason);
                signal.addEventListener("abort", () => reject(signal.reason), { once: true });
              }),
            ]);
          };
          const auth = bearerAuth(({ refresh }) =>
            refresh
              ? w.refresh == "fails"
                ? Promise.reject(new Error("the token service is down"))
                : after(w.refresh, () => "fresh-token-0002")
              : after(w.firstToken, () => "first-token-0001"),
          );
          const controller = new AbortController();
          const reason = new Error("the caller's abort");
          if (w.abortAtMs !== undefined) setTimeout(() => controller.abort(reason), w.abortAtMs);
          const client = fixtureClient(fetch, {
            auth,
            retry: { retries: w.retries, baseDelayMs: 50, maxDelayMs: 200 },
            ...(w.timeoutMs !== undefined && { timeoutMs: w.timeoutMs }),
            ...(w.deadlineMs !== undefined && !w.viaSignal && { deadlineMs: w.deadlineMs }),
          });
          const signal =
            w.deadlineMs !== undefined && w.viaSignal
              ? AbortSignal.any([controller.signal, timeoutSignal(w.deadlineMs)])
              : controller.signal;
          const init = { signal, ...(w.call == "POST" && { body: { a: 1 } }) };
          const call = w.call == "GET" ? client.GET("/items", init) : client.POST("/items", init);
          const bound = Math.min(w.deadlineMs ?? Infinity, w.abortAtMs ?? Infinity);
          const settled = await settle(
            call.then((r) => unwrap(r)),
            bound + 10_000,
          );
          await unhandled.expectNone();
          holds(
            settled.settled && settled.at <= bound + 5,
            () =>
              `bound ${bound} ms: ${settled.settled ? `settled after ${settled.at} ms` : `still pending after ${settled.at} ms`}`,
          );
          if (settled.settled && !settled.ok) expectTyped(settled.error, reason, timeoutReason);
        }),
        params(300),
      );
    },
    timeout(300, 10),
  );
});

/** The reason of `timeoutSignal`, which a caller's own timeout signal rejects with (like `AbortSignal.timeout`). */
const timeoutReason = new DOMException("the caller's timeout", "TimeoutError");

/** `AbortSignal.timeout` on the fake clock. */
function timeoutSignal(ms: number): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(timeoutReason), ms);
  return controller.signal;
}
