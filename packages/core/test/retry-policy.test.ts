import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY, backoffDelay, normalizeRetry, retryHint } from "../src/request/retry-policy.js";

describe("normalizeRetry", () => {
  it("defaults to 2 retries on 408, 429 and 5xx gateway statuses, with hints honoured up to 60 s", () => {
    expect(normalizeRetry(undefined)).toEqual({
      retries: 2,
      baseDelayMs: 500,
      maxDelayMs: 8000,
      statuses: [408, 429, 500, 502, 503, 504],
      maxRetryAfterMs: 60_000,
    });
    expect(normalizeRetry(false).retries).toBe(0);
    expect(normalizeRetry(4).retries).toBe(4);
    expect(normalizeRetry({ baseDelayMs: 10 })).toEqual({ ...DEFAULT_RETRY, baseDelayMs: 10 });
  });
});

describe("backoffDelay", () => {
  it("is full jitter over an exponential ceiling, capped", () => {
    const policy = normalizeRetry({ baseDelayMs: 100, maxDelayMs: 1000 });
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, policy, () => 1))).toEqual([100, 200, 400, 800, 1000]);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(200);
  });
});

describe("retryHint", () => {
  const now = Date.UTC(2030, 0, 1);
  const hint = (headers: Record<string, string>, status = 429) =>
    retryHint(new Headers(headers), status, now);

  it.each([
    [{ "retry-after-ms": "1500" }, 1500],
    [{ "retry-after": "2" }, 2000],
    [{ "retry-after": "0.5" }, 500],
    [{ "retry-after": "Tue, 01 Jan 2030 00:00:05 GMT" }, 5000],
    [{ "retry-after": "Mon, 31 Dec 2029 23:00:00 GMT" }, 0],
    [{ "x-ratelimit-reset": String(now / 1000 + 9) }, 9000],
    [{ "x-ratelimit-reset": "12" }, 12_000],
    [{ "retry-after-ms": "100", "retry-after": "9" }, 100],
    [{ "retry-after-ms": "", "retry-after": "3" }, 3000],
    [{ "retry-after": "soon" }, undefined],
    [{ "retry-after": "-1" }, undefined],
    [{}, undefined],
  ])("reads %j as %s ms", (headers, ms) => {
    expect(hint(headers)).toBe(ms);
  });

  it("reads X-RateLimit-Reset only on a 429 or once the budget is spent", () => {
    expect(hint({ "x-ratelimit-reset": "12" }, 503)).toBeUndefined();
    expect(hint({ "x-ratelimit-reset": "12", "x-ratelimit-remaining": "0" }, 503)).toBe(12_000);
  });
});
