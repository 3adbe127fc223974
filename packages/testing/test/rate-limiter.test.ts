import { describe, expect, it } from "vitest";
import { createRateLimiter } from "../src/rate-limiter";
import { ECHO_KEY } from "./fixtures/echo-provider";
import { get, startEcho } from "./fixtures/start";

describe("createRateLimiter", () => {
  it("allows `requests` per sliding window, per key", () => {
    const limiter = createRateLimiter({ requests: 2, perSeconds: 10 });
    expect(limiter.take("a", 0)).toMatchObject({ allowed: true, remaining: 1 });
    expect(limiter.take("a", 1000)).toMatchObject({ allowed: true, remaining: 0 });
    expect(limiter.take("a", 2000)).toMatchObject({ allowed: false, retryAfterSeconds: 8 });
    expect(limiter.take("b", 2000)).toMatchObject({ allowed: true });
    expect(limiter.take("a", 10_000)).toMatchObject({ allowed: true });
    expect(limiter.take("a", 10_500)).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
  });

  it("counts a burst inside the window: at most `burst` at once, at most `requests` in any window", () => {
    const limiter = createRateLimiter({ requests: 120, perSeconds: 60, burst: 20 });
    const at = (t: number) => limiter.take("k", t).allowed;
    expect(Array.from({ length: 21 }, () => at(0)).filter(Boolean)).toHaveLength(20);
    // one token every 500 ms: the whole first minute lets 120 through, not 20 + 120
    let accepted = 20;
    for (let t = 1; t < 60_000; t += 50) accepted += +at(t);
    expect(accepted).toBe(120);
    expect(limiter.take("k", 59_999)).toMatchObject({ allowed: false, remaining: 0 });
  });

  it("rejects a nonsensical budget", () => {
    expect(() => createRateLimiter({ requests: 0, perSeconds: 1 })).toThrow(RangeError);
  });
});

describe("rate limiting through the server", () => {
  it("answers the provider's 429 with Retry-After once the budget is spent", async () => {
    const server = await startEcho({ rateLimit: { requests: 3, perSeconds: 60 } });
    const responses = [];
    for (let i = 0; i < 4; i++) responses.push(await get(server, "/v1/users"));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(responses[2]?.headers.get("x-ratelimit-remaining")).toBe("0");
    const limited = responses[3];
    expect(limited?.headers.get("retry-after")).toBe("60");
    expect(await limited?.json()).toMatchObject({ error: { code: "rate_limited" } });
  });

  it("counts per credential and can be turned off", async () => {
    const limited = await startEcho({
      rateLimit: { requests: 1, perSeconds: 60 },
      auth: { apiKey: ECHO_KEY },
    });
    expect((await get(limited, "/v1/users")).status).toBe(200);
    expect((await get(limited, "/v1/users")).status).toBe(429);
    // An unauthenticated route counts against the "anonymous" budget, not the key's.
    expect((await fetch(`${limited.url}/v1/echo/x`)).status).toBe(200);
    const open = await startEcho({ rateLimit: false });
    for (let i = 0; i < 5; i++) expect((await get(open, "/v1/users")).status).toBe(200);
  });
});
