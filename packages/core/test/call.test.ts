import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError, NetworkError, RateLimitError, TimeoutError, unwrap } from "../src/index.js";
import { fetchFailure, fixtureClient, hang, recorder, sequence } from "./fixtures.js";

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, "random").mockReturnValue(0.5);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Runs a call to completion, letting every timer fire. */
async function settle<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  await vi.runAllTimersAsync();
  return promise;
}

function events() {
  const log: unknown[] = [];
  return {
    log,
    hooks: {
      onRequest: ({ callId: _, ...e }: { callId: number }) => log.push({ on: "request", ...e }),
      onResponse: ({ durationMs: _, callId: __, ...e }: { durationMs: number; callId: number }) =>
        log.push({ on: "response", ...e }),
      onRetry: ({ callId: _, error: __, ...e }: { callId: number; error?: unknown }) =>
        log.push({ on: "retry", ...e }),
    },
  };
}

describe("call: retries", () => {
  it("retries a 503 twice with jittered backoff and resolves; hooks see every attempt", async () => {
    const { fetch, requests } = recorder(sequence(503, 503, 200));
    const { log, hooks } = events();
    const result = await settle(fixtureClient(fetch, { hooks }).GET("/items"));
    expect(result.response.status).toBe(200);
    expect(requests).toHaveLength(3);
    const base = { method: "GET", url: "https://api.example.test/v1/items", path: "/items" };
    expect(log).toEqual([
      { on: "request", ...base, attempt: 1 },
      { on: "response", ...base, attempt: 1, status: 503, final: false },
      { on: "retry", ...base, attempt: 1, delayMs: 250, reason: "503" }, // 0.5 × 500
      { on: "request", ...base, attempt: 2 },
      { on: "response", ...base, attempt: 2, status: 503, final: false },
      { on: "retry", ...base, attempt: 2, delayMs: 500, reason: "503" }, // 0.5 × 1000
      { on: "request", ...base, attempt: 3 },
      { on: "response", ...base, attempt: 3, status: 200, final: true },
    ]);
  });

  it("stops after 2 retries and returns the last response; unwrap reports 3 attempts", async () => {
    const { fetch, requests } = recorder(sequence(503));
    const result = await settle(fixtureClient(fetch).GET("/items"));
    expect(result.response.status).toBe(503);
    expect(requests).toHaveLength(3);
    await expect(unwrap(result)).rejects.toMatchObject({ name: "ApiError", status: 503, attempts: 3 });
  });

  it.each([408, 429, 500, 502, 503, 504])("retries %i", async (status) => {
    const { fetch, requests } = recorder(sequence(status, 200));
    await settle(fixtureClient(fetch).GET("/items"));
    expect(requests).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 409, 422, 501])("does not retry %i", async (status) => {
    const { fetch, requests } = recorder(sequence(status, 200));
    expect((await settle(fixtureClient(fetch).GET("/items"))).response.status).toBe(status);
    expect(requests).toHaveLength(1);
  });

  it("honours retry: false, a count, and per-call options", async () => {
    for (const [options, perCall, sent] of [
      [{ retry: false }, {}, 1],
      [{ retry: 5 }, {}, 6],
      [{}, { retry: 0 }, 1],
      [{ retry: false }, { retry: { retries: 1 } }, 2],
    ] as const) {
      const { fetch, requests } = recorder(sequence(503));
      await settle(fixtureClient(fetch, options).GET("/items", perCall));
      expect(requests).toHaveLength(sent);
    }
  });

  it("caps the backoff at maxDelayMs", async () => {
    vi.spyOn(Math, "random").mockReturnValue(1);
    const { log, hooks } = events();
    const { fetch } = recorder(sequence(503));
    await settle(
      fixtureClient(fetch, { hooks, retry: { retries: 4, baseDelayMs: 1000, maxDelayMs: 3000 } }).GET(
        "/items",
      ),
    );
    expect(log.filter((e: any) => e.on == "retry").map((e: any) => e.delayMs)).toEqual([
      1000, 2000, 3000, 3000,
    ]);
  });

  it("retries network errors and per-attempt timeouts of idempotent requests", async () => {
    const { fetch, requests } = recorder((request, i, init) =>
      i == 0 ? hang(request, init) : i == 1 ? Promise.reject(fetchFailure("ECONNRESET")) : Response.json({}),
    );
    const { log, hooks } = events();
    const result = await settle(fixtureClient(fetch, { hooks, timeoutMs: 1000 }).GET("/items"));
    expect(result.response.status).toBe(200);
    expect(requests).toHaveLength(3);
    expect(log.filter((e: any) => e.on == "retry").map((e: any) => e.reason)).toEqual(["timeout", "network"]);
  });

  it("throws the last failure, typed, once retries are spent", async () => {
    const { fetch } = recorder(sequence(fetchFailure("ECONNRESET")));
    const error = await settle(fixtureClient(fetch).GET("/items")).catch((e) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ attempts: 3, method: "GET", cause: { code: "ECONNRESET" } });
    const timeout = await settle(fixtureClient(hang, { timeoutMs: 100 }).GET("/items")).catch((e) => e);
    expect(timeout).toBeInstanceOf(TimeoutError);
    expect(timeout).toMatchObject({ timeout: "attempt", attempts: 3 });
  });

  it("retries a 2xx whose body is not JSON (GET), and fails typed when it persists", async () => {
    const html = () =>
      new Response("<html>proxy error</html>", { status: 200, headers: { "content-type": "text/html" } });
    const { fetch, requests } = recorder(sequence(html, () => Response.json({ a: 1 })));
    expect((await settle(fixtureClient(fetch).GET("/items"))).data).toEqual({ a: 1 });
    expect(requests).toHaveLength(2);
    const failing = recorder(sequence(html));
    const error = await settle(fixtureClient(failing.fetch).GET("/items")).catch((e) => e);
    expect(error).toMatchObject({
      name: "MalformedResponseError",
      status: 200,
      excerpt: "<html>proxy error</html>",
    });
  });
});

describe("call: server hints", () => {
  const hinted =
    (headers: Record<string, string>, status = 429) =>
    () =>
      new Response("{}", { status, headers });

  it.each([
    ["retry-after-ms", { "retry-after-ms": "1500" }, 1500],
    ["Retry-After seconds", { "retry-after": "3" }, 3000],
    ["Retry-After HTTP date", { "retry-after": new Date(Date.UTC(2030, 0, 1, 0, 0, 7)).toUTCString() }, 7000],
    [
      "X-RateLimit-Reset epoch seconds",
      { "x-ratelimit-reset": String(Date.UTC(2030, 0, 1, 0, 0, 9) / 1000) },
      9000,
    ],
  ])("waits as %s asks", async (_name, headers, wait) => {
    vi.setSystemTime(Date.UTC(2030, 0, 1));
    const { log, hooks } = events();
    const { fetch, requests } = recorder(sequence(hinted(headers), 200));
    const call = fixtureClient(fetch, { hooks }).GET("/items");
    await vi.advanceTimersByTimeAsync(wait - 1);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    expect((await call).response.status).toBe(200);
    expect(log).toContainEqual(expect.objectContaining({ on: "retry", delayMs: wait, reason: "429" }));
  });

  it("ignores X-RateLimit-Reset on a 503 unless the budget is spent", async () => {
    vi.setSystemTime(Date.UTC(2030, 0, 1));
    const reset = String(Date.UTC(2030, 0, 1, 1) / 1000); // an hour away
    const { log, hooks } = events();
    const { fetch } = recorder(sequence(hinted({ "x-ratelimit-reset": reset }, 503), 200));
    await settle(fixtureClient(fetch, { hooks }).GET("/items"));
    expect(log).toContainEqual(expect.objectContaining({ on: "retry", delayMs: 250 }));
  });

  it("fails fast with a RateLimitError saying when to retry when a hint exceeds maxRetryAfterMs", async () => {
    vi.setSystemTime(Date.UTC(2030, 0, 1));
    const { fetch, requests } = recorder(
      sequence(hinted({ "retry-after": "120", "x-request-id": "req-9" }, 503)),
    );
    const error = await fixtureClient(fetch)
      .GET("/items")
      .catch((e) => e);
    expect(requests).toHaveLength(1);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 503, retryAfterMs: 120_000, attempts: 1, requestId: "req-9" });
    expect(error.retryAt.toISOString()).toBe("2030-01-01T00:02:00.000Z");
    expect(error.message).toContain("2030-01-01T00:02:00.000Z");
    const lenient = recorder(sequence(hinted({ "retry-after": "120" }), 200));
    const call = fixtureClient(lenient.fetch, { retry: { maxRetryAfterMs: 300_000 } }).GET("/items");
    await vi.advanceTimersByTimeAsync(120_000);
    expect((await call).response.status).toBe(200);
  });
});

describe("call: hostile responses give typed errors", () => {
  it.each(["9999999999999", "1e400", "Infinity", "-5", "0x10", "   "])(
    "reads a Retry-After of %j without a RangeError, through GET and unwrap",
    async (value) => {
      vi.useRealTimers();
      const { fetch } = recorder(
        sequence(() => new Response("{}", { status: 429, headers: { "retry-after": value } })),
      );
      const outcome = await unwrap(
        fixtureClient(fetch, { retry: { retries: 1, baseDelayMs: 1 } }).GET("/items"),
      ).catch((e) => e);
      expect(outcome).toBeInstanceOf(RateLimitError);
      expect(() => JSON.stringify(outcome)).not.toThrow();
    },
  );

  it("reads an error body nested 5,000 levels deep into an ApiError", async () => {
    const deep = `${'{"error":'.repeat(5000)}1${"}".repeat(5000)}`;
    const { fetch } = recorder(sequence(() => new Response(deep, { status: 400 })));
    const error = await unwrap(fixtureClient(fetch).GET("/items")).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(JSON.stringify(error)).toContain("[nested too deep]");
  });

  it("waits a server-directed 30 days when maxRetryAfterMs allows it, never a timer's shortened wait", async () => {
    const month = 30 * 24 * 3600;
    const { fetch, requests } = recorder(
      sequence(() => new Response("", { status: 429, headers: { "retry-after": String(month) } }), 200),
    );
    const call = fixtureClient(fetch, { retry: { maxRetryAfterMs: Infinity } }).GET("/items");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(month * 1000 - 60_000);
    expect((await call).response.status).toBe(200);
    expect(requests).toHaveLength(2);
  });
});
