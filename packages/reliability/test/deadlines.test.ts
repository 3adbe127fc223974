import { RateLimitError, TimeoutError, unwrap } from "@clientele/core";
import { describe, expect, it } from "vitest";
import { timed, until } from "./support/checks";
import { SUBJECTS } from "./support/subjects";

/**
 * How late a call may end after its bound: the fakes share the test's event loop, and the tests of
 * this file run side by side on a 2-core machine that may be busy with other work (a fresh clone's
 * first run, other jobs). Every bound is still far below what a call that waited for the next thing
 * (a 10 s attempt timeout, a 30 s or 1 h Retry-After) would take.
 */
const SLACK_MS = 2_000;
const STALL = { rate: 1, kinds: ["stall" as const] };

describe.concurrent.each(SUBJECTS)("$name: deadlines hold", ({ start }) => {
  it("a stalled server: the call ends at its deadline with TimeoutError(deadline)", async () => {
    const fake = await start({ faults: STALL });
    const client = fake.client({ timeoutMs: 10_000, deadlineMs: 300 });
    const { ms, error } = await timed(() => client.get());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeout: "deadline", attempts: 1 });
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(ms).toBeLessThan(300 + SLACK_MS);
  });

  it("a stalled server: each attempt ends at timeoutMs, retried, then TimeoutError(attempt)", async () => {
    const fake = await start({ faults: STALL });
    let sent = 0;
    const client = fake.client({
      timeoutMs: 250,
      retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 1 },
      hooks: { onRequest: () => void sent++ },
    });
    const { ms, error } = await timed(() => client.get());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeout: "attempt", attempts: 3 });
    expect(sent).toBe(3);
    expect(ms).toBeGreaterThanOrEqual(3 * 250 - 10);
    expect(ms).toBeLessThan(3 * 250 + 2 * SLACK_MS);
    // the server (in this process) may read the last request after the client gave up on it, or,
    // on a busy machine, never see an attempt that timed out before its request reached it; it
    // never sees more than the three
    await until(() => fake.server.ledger.count() === 3, 2_000).catch(() => undefined);
    expect(fake.server.ledger.count()).toBeGreaterThan(0);
    expect(fake.server.ledger.count()).toBeLessThanOrEqual(3);
  });

  it("a stalled page ends a paginated walk at the deadline of its call", async () => {
    const fake = await start({ items: 500, faults: ["ok", "stall"] });
    const client = fake.client({ timeoutMs: 10_000, deadlineMs: 300 });
    const seen: unknown[] = [];
    const { ms, error } = await timed(async () => {
      for await (const item of client.list(undefined, { prefetch: false, concurrency: 1 })) seen.push(item);
    });
    expect(error).toMatchObject({ name: "TimeoutError", timeout: "deadline" });
    expect(seen.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(300 + SLACK_MS);
  });

  it("Retry-After: 3600 fails at once with RateLimitError saying when to come back", async () => {
    const fake = await start({ faults: ["429"], retryAfterSeconds: 3600 });
    const client = fake.client({ retry: { retries: 5 } });
    const before = Date.now();
    const { ms, error } = await timed(() => client.get());
    expect(error).toBeInstanceOf(RateLimitError);
    const { status, retryAfterMs, retryAt } = error as RateLimitError;
    expect(status).toBe(429);
    expect(retryAfterMs).toBe(3_600_000);
    expect(retryAt!.getTime()).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(retryAt!.getTime()).toBeLessThan(Date.now() + 3_600_000 + 1_000);
    expect(fake.server.ledger.count()).toBe(1);
    expect(ms).toBeLessThan(SLACK_MS);
  });

  it("a Retry-After that outlasts the deadline is not waited for: the 429 comes back at once", async () => {
    const fake = await start({ faults: ["429"], retryAfterSeconds: 5 });
    const client = fake.client({ retry: { retries: 5 }, deadlineMs: 1_000 });
    const { ms, error } = await timed(() => unwrap(client.get()));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, attempts: 1, retryAfterMs: 5_000 });
    expect(ms).toBeLessThan(1_000); // sooner than the deadline it would otherwise have waited for
  });

  it("the caller's abort ends a stalled request at once, with the AbortError", async () => {
    const fake = await start({ faults: STALL });
    const client = fake.client({ timeoutMs: 10_000 });
    const controller = new AbortController();
    const call = client.get({ signal: controller.signal });
    call.catch(() => undefined);
    await until(() => fake.server.ledger.count() === 1); // the request is on the server, stalled
    controller.abort();
    const { ms, error } = await timed(() => call);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(error).toBe(controller.signal.reason);
    expect(ms).toBeLessThan(SLACK_MS);
  });

  it("the caller's abort ends a Retry-After wait at once, and nothing more is sent", async () => {
    const fake = await start({ faults: ["429", "429"], retryAfterSeconds: 30 });
    let waiting = false;
    const client = fake.client({ retry: { retries: 5 }, hooks: { onRetry: () => void (waiting = true) } });
    const controller = new AbortController();
    const call = client.get({ signal: controller.signal });
    call.catch(() => undefined);
    await until(() => waiting); // the 429 came back; the client now waits 30 s before the retry
    controller.abort(new Error("stopped by the caller"));
    const { ms, error } = await timed(() => call);
    expect(error).toEqual(new Error("stopped by the caller"));
    expect(ms).toBeLessThan(SLACK_MS);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.server.ledger.count()).toBe(1);
  });

  it("the caller's abort ends a walk between pages, with the AbortError", async () => {
    const fake = await start({ items: 1_000, faults: ["ok", "stall"] });
    const client = fake.client({ timeoutMs: 10_000 });
    const controller = new AbortController();
    const seen: unknown[] = [];
    const walk = (async () => {
      for await (const item of client.list({ signal: controller.signal })) seen.push(item);
    })();
    walk.catch(() => undefined);
    // the first page delivered, the next one stalled on the server: now the caller gives up
    await until(() => seen.length > 0 && fake.server.ledger.count((e) => e.fault === "stall") === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    const { ms, error } = await timed(() => walk);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(error).toBe(controller.signal.reason);
    expect(ms).toBeLessThan(SLACK_MS);
  });
});
