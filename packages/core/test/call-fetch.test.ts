import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { bearerAuth, headerAuth } from "../src/index.js";
import { deaf, fixtureClient, hang, recorder, sequence, watchUnhandled } from "./fixtures.js";

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, "random").mockReturnValue(1);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("call: what the client's fetch receives", () => {
  it("gets the attempt's signal as init.signal, not inside the Request", async () => {
    const { fetch, requests } = recorder(hang);
    const call = fixtureClient(fetch, { timeoutMs: 100, retry: false }).GET("/items");
    const failed = expect(call).rejects.toMatchObject({ name: "TimeoutError", timeout: "attempt" });
    await vi.advanceTimersByTimeAsync(100);
    await failed;
    const [{ request, signal }] = requests as [(typeof requests)[0]];
    expect(signal?.aborted).toBe(true);
    expect(signal?.reason).toMatchObject({ name: "TimeoutError" });
    expect(request.signal.aborted).toBe(false);
  });

  it("gets a fresh signal for every attempt", async () => {
    const { fetch, requests } = recorder(sequence(503, 200));
    const controller = new AbortController();
    const done = fixtureClient(fetch, { retry: { baseDelayMs: 0 } }).GET("/items", {
      signal: controller.signal,
    });
    await vi.runAllTimersAsync();
    expect((await done).response.status).toBe(200);
    const [first, second] = requests.map((r) => r.signal!);
    expect(first).toBeInstanceOf(AbortSignal);
    expect(first).not.toBe(second);
  });

  it("passes on the signal through a wrapper that spreads init", async () => {
    const seen: (AbortSignal | undefined)[] = [];
    const wrapper = (request: Request, init?: { signal?: AbortSignal }) => {
      const copy = { ...init };
      seen.push(copy.signal);
      return Promise.resolve(Response.json({}));
    };
    await fixtureClient(wrapper).GET("/items");
    expect(seen[0]).toBeInstanceOf(AbortSignal);
  });
});

describe("call: a fetch that ignores its signal still ends on time", () => {
  it("times the attempt out, retries it, and reports the last timeout", async () => {
    const { fetch, requests } = recorder(deaf);
    const call = fixtureClient(fetch, { timeoutMs: 100, retry: 1 }).GET("/items");
    const failed = expect(call).rejects.toMatchObject({
      name: "TimeoutError",
      timeout: "attempt",
      attempts: 2,
    });
    await vi.advanceTimersByTimeAsync(100 + 500 + 100);
    await failed;
    expect(requests).toHaveLength(2);
  });

  it("stops at the deadline", async () => {
    const call = fixtureClient(deaf, { timeoutMs: 0, deadlineMs: 250 }).GET("/items");
    const failed = expect(call).rejects.toMatchObject({ name: "TimeoutError", timeout: "deadline" });
    await vi.advanceTimersByTimeAsync(250);
    await failed;
  });

  it("stops at once on the caller's abort, with the caller's reason", async () => {
    const controller = new AbortController();
    const call = fixtureClient(deaf, { timeoutMs: 0 }).GET("/items", { signal: controller.signal });
    const failed = expect(call).rejects.toThrow("user left");
    await vi.advanceTimersByTimeAsync(10);
    controller.abort(new Error("user left"));
    await failed;
  });

  it("leaves no unhandled rejection when the caller's signal fired before the attempt", async () => {
    vi.useRealTimers();
    const { unhandled, stop } = watchUnhandled();
    try {
      const { fetch, requests } = recorder(sequence(200));
      await expect(fixtureClient(fetch).GET("/items", { signal: AbortSignal.abort() })).rejects.toMatchObject(
        {
          name: "AbortError",
        },
      );
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
      expect([unhandled, requests.length]).toEqual([[], 0]);
    } finally {
      stop();
    }
  });

  it("sends nothing for an attempt that timed out before it was handed to fetch", async () => {
    // the token arrives after the attempt's 100 ms: that attempt must not send it late
    const slowToken = bearerAuth(() => new Promise<string>((resolve) => setTimeout(() => resolve("t"), 150)));
    const { fetch, requests } = recorder(sequence(200));
    const call = fixtureClient(fetch, { auth: slowToken, timeoutMs: 100, retry: false }).GET("/items");
    const failed = expect(call).rejects.toMatchObject({ name: "TimeoutError", timeout: "attempt" });
    await vi.advanceTimersByTimeAsync(100);
    await failed;
    await vi.runAllTimersAsync();
    expect(requests).toHaveLength(0);
  });

  it("follows no further redirect once the attempt timed out", async () => {
    const { fetch, requests } = recorder((_r, i) =>
      i == 0
        ? new Promise<Response>((resolve) =>
            setTimeout(
              () => resolve(new Response(null, { status: 302, headers: { location: "/v1/b" } })),
              150,
            ),
          )
        : Response.json({}),
    );
    const call = fixtureClient(fetch, { timeoutMs: 100, retry: false }).GET("/items");
    const failed = expect(call).rejects.toMatchObject({ name: "TimeoutError" });
    await vi.advanceTimersByTimeAsync(100);
    await failed;
    await vi.runAllTimersAsync();
    expect(requests).toHaveLength(1);
  });
});

describe("call: the credentials check", () => {
  it("trusts the client's base URL once, and still checks a per-call baseUrl, before and after", async () => {
    const { fetch, requests } = recorder(sequence(200));
    const client = fixtureClient(fetch, { auth: headerAuth("x-api-key", "k") });
    await client.GET("/items");
    await expect(client.GET("/items", { baseUrl: "http://api.example.test/v1" })).rejects.toMatchObject({
      name: "ValidationError",
      rule: "https",
    });
    await client.GET("/items");
    await client.GET("/items", { baseUrl: "https://mirror.example.test/v1" });
    await client.GET("/items", { baseUrl: "http://localhost:8080/v1" });
    expect(requests.map((r) => r.url.origin)).toEqual([
      "https://api.example.test",
      "https://api.example.test",
      "https://mirror.example.test",
      "http://localhost:8080",
    ]);
    expect(requests.every((r) => r.headers.get("x-api-key") == "k")).toBe(true);
  });

  it("checks every request of a client whose base URL is written unlike its parsed form", async () => {
    // the base URL's origin is https://api.example.test: requests still pass, checked each time
    const { fetch, requests } = recorder(sequence(200));
    const client = fixtureClient(fetch, {
      auth: headerAuth("x-api-key", "k"),
      baseUrl: "HTTPS://API.example.test:443/v1",
    });
    await client.GET("/items");
    expect(requests[0]!.url.href).toBe("https://api.example.test/v1/items");
    await expect(client.GET("/items", { baseUrl: "http://api.example.test:443/v1" })).rejects.toMatchObject({
      rule: "https",
    });
  });

  it("never trusts a look-alike origin that merely starts with the base URL's", async () => {
    const { fetch, requests } = recorder(sequence(200));
    const client = fixtureClient(fetch, { auth: headerAuth("x-api-key", "k"), baseUrl: "http://localhost" });
    await client.GET("/items");
    await expect(client.GET("/items", { baseUrl: "http://localhost.evil.test" })).rejects.toMatchObject({
      rule: "https",
    });
    expect(requests).toHaveLength(1);
  });
});
