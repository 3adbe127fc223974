import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TimeoutError } from "../src/index.js";
import { fixtureClient, hang, recorder, sequence } from "./fixtures.js";

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, "random").mockReturnValue(1);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("call: deadlines", () => {
  it("cuts a hanging attempt at the deadline, retries included, with a TimeoutError", async () => {
    const { fetch, requests } = recorder(hang);
    const call = fixtureClient(fetch, { timeoutMs: 400, deadlineMs: 1000 }).GET("/items");
    const failed = expect(call).rejects.toMatchObject({ name: "TimeoutError", timeout: "deadline" });
    await vi.advanceTimersByTimeAsync(1000);
    await failed;
    // 400 ms, retry after ≤ 500 ms wait, then the deadline fires during the second attempt
    expect(requests).toHaveLength(2);
  });

  it("does not start a wait that would outlive the deadline: the last response is returned at once", async () => {
    const { fetch, requests } = recorder(sequence(503));
    const started = Date.now();
    const call = fixtureClient(fetch, { deadlineMs: 1200 }).GET("/items");
    await vi.advanceTimersByTimeAsync(500); // first retry waits 500, the second would wait 1000
    const result = await call;
    expect(result.response.status).toBe(503);
    expect(requests).toHaveLength(2);
    expect(Date.now() - started).toBe(500);
  });

  it("gives up a retry whose server-directed wait outlives the deadline", async () => {
    const { fetch, requests } = recorder(
      sequence(() => new Response("", { status: 429, headers: { "retry-after": "30" } })),
    );
    const result = await fixtureClient(fetch, { deadlineMs: 10_000 }).GET("/items");
    expect(result.response.status).toBe(429);
    expect(requests).toHaveLength(1);
  });

  it("bounds the whole call per call too (deadlineMs per call overrides the client's)", async () => {
    const call = fixtureClient(hang, { deadlineMs: 60_000 }).GET("/items", { deadlineMs: 100 });
    const failed = expect(call).rejects.toBeInstanceOf(TimeoutError);
    await vi.advanceTimersByTimeAsync(100);
    await failed;
  });

  it("counts a pacing wait against the deadline", async () => {
    const client = fixtureClient(recorder(sequence(200)).fetch, {
      pace: { requests: 1, perSeconds: 10 },
      deadlineMs: 1000,
    });
    await client.GET("/items");
    const second = client.GET("/items");
    const failed = expect(second).rejects.toMatchObject({ name: "TimeoutError", timeout: "deadline" });
    await vi.advanceTimersByTimeAsync(1000);
    await failed;
  });
});

describe("call: cancellation", () => {
  it("stops a request in flight with the caller's reason, without retrying", async () => {
    const { fetch, requests } = recorder(hang);
    const controller = new AbortController();
    const call = fixtureClient(fetch).GET("/items", { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(10);
    controller.abort(new Error("user left"));
    await expect(call).rejects.toThrow("user left");
    await vi.runAllTimersAsync();
    expect(requests).toHaveLength(1);
  });

  it("stops a backoff wait at once, and sends nothing more", async () => {
    const { fetch, requests } = recorder(sequence(503));
    const controller = new AbortController();
    const call = fixtureClient(fetch, { retry: { baseDelayMs: 10_000 } }).GET("/items", {
      signal: controller.signal,
    });
    const stopped = expect(call).rejects.toMatchObject({ name: "AbortError" });
    await vi.advanceTimersByTimeAsync(1000);
    expect(requests).toHaveLength(1);
    controller.abort();
    await stopped;
    expect(vi.getTimerCount()).toBe(0);
    await vi.runAllTimersAsync();
    expect(requests).toHaveLength(1);
  });

  it("sends nothing when the signal has already fired", async () => {
    const { fetch, requests } = recorder(sequence(200));
    await expect(fixtureClient(fetch).GET("/items", { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(requests).toHaveLength(0);
  });

  it("leaves no timer behind after a call", async () => {
    await fixtureClient(recorder(sequence(200)).fetch, { deadlineMs: 5000 }).GET("/items");
    expect(vi.getTimerCount()).toBe(0);
  });
});
