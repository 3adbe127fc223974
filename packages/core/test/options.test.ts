import { describe, expect, it } from "vitest";
import { fixtureClient, recorder, sequence } from "./fixtures.js";

const fetch = recorder(sequence(200)).fetch;

describe("client and call options are checked before anything is sent", () => {
  it.each([
    [{ retry: -1 }, "retry"],
    [{ retry: 1.5 }, "retry"],
    [{ retry: "3" }, "retry"],
    [{ retry: { retries: 1.5 } }, "retry.retries"],
    [{ retry: { retries: 2 ** 31 } }, "retry.retries"],
    [{ retry: 101 }, "retry"],
    [{ retry: { baseDelayMs: -1 } }, "retry.baseDelayMs"],
    [{ retry: { baseDelayMs: Infinity } }, "retry.baseDelayMs"],
    [{ retry: { maxDelayMs: 2 ** 31 } }, "retry.maxDelayMs"],
    [{ retry: { maxRetryAfterMs: NaN } }, "retry.maxRetryAfterMs"],
    [{ retry: { statuses: [503, "504"] } }, "retry.statuses"],
    [{ timeoutMs: "fast" }, "timeoutMs"],
    [{ timeoutMs: -5 }, "timeoutMs"],
    [{ deadlineMs: NaN }, "deadlineMs"],
    [{ fetch: "fetch" }, "fetch"],
    [{ hooks: { onRequest: 1 } }, "hooks.onRequest"],
    [{ headers: { accept: 1 } }, "headers.accept"],
    [{ baseUrl: "not a url" }, "baseUrl"],
    [{ allowInsecureHttp: "yes" }, "allowInsecureHttp"],
    [{ pace: { requests: 0, perSeconds: 60 } }, "pace"],
    [{ pace: 5 }, "pace"],
  ])("refuses %j at construction, naming %s", (options, field) => {
    expect(() => fixtureClient(fetch, options as never)).toThrow(
      expect.objectContaining({ name: "ValidationError", field }),
    );
  });

  it("refuses a value that cannot be printed (a null-prototype object, a throwing toString) with its ValidationError", () => {
    const hostile = [Object.create(null), { toString: () => ({}), valueOf: () => ({}) }];
    for (const value of hostile)
      for (const field of ["timeoutMs", "deadlineMs", "fetch", "allowInsecureHttp"])
        expect(() => fixtureClient(fetch, { [field]: value } as never)).toThrow(
          expect.objectContaining({ name: "ValidationError", field }),
        );
  });

  it("takes every documented form", () => {
    for (const options of [
      { retry: false },
      { retry: 0 },
      { retry: { retries: 3, maxRetryAfterMs: Infinity, statuses: [503] } },
      { timeoutMs: 0, deadlineMs: Infinity },
      { pace: { requests: 10, perSeconds: 1, burst: 2 } },
    ])
      expect(() => fixtureClient(fetch, options as never)).not.toThrow();
  });

  it("refuses a bad per-call option with a ValidationError before the request", async () => {
    const { fetch, requests } = recorder(sequence(200));
    await expect(fixtureClient(fetch).GET("/items", { timeoutMs: "fast" })).rejects.toMatchObject({
      name: "ValidationError",
      field: "timeoutMs",
    });
    await expect(fixtureClient(fetch).GET("/items", { signal: "stop" })).rejects.toMatchObject({
      field: "signal",
    });
    expect(requests).toHaveLength(0);
  });
});
