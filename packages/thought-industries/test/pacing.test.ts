import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRateLimiter } from "@clientele/testing";
import { metadata } from "../src/generated/metadata.js";
import { createThoughtIndustriesClient } from "../src/index.js";
import { recordingFetch } from "./fixtures.js";

/** Starts `count` calls at once and reports how many reached `fetch` after each clock step. */
async function sentOver(count: number, call: () => Promise<unknown>, steps: number[]) {
  const { requests } = state;
  const pending = Array.from({ length: count }, call);
  const seen: number[] = [];
  for (const ms of steps) {
    await vi.advanceTimersByTimeAsync(ms);
    seen.push(requests.length);
  }
  await vi.runAllTimersAsync();
  await Promise.all(pending);
  return seen;
}

let state: ReturnType<typeof recordingFetch>;
beforeEach(() => {
  vi.useFakeTimers();
  state = recordingFetch({ valid: true });
});
afterEach(() => vi.useRealTimers());

const client = (pace: Parameters<typeof createThoughtIndustriesClient>[0]["pace"]) =>
  createThoughtIndustriesClient({
    tenant: "acme",
    apiKey: "ti_test_key_1234",
    fetch: state.fetch,
    pace,
    retry: false,
  });

describe("pace", () => {
  it("is off by default: every call goes at once", async () => {
    const c = client(undefined);
    expect(await sentOver(130, () => c.GET("/ping"), [0])).toEqual([130]);
  });

  it("true: the documented burst of 20, then 120 a minute (one every 500 ms)", async () => {
    const c = client(true);
    expect(await sentOver(23, () => c.GET("/ping"), [0, 499, 1, 500, 500])).toEqual([20, 20, 21, 22, 23]);
  });

  it("true: never more than 120 in any minute, so the fake (which reads the spec alike) refuses none", async () => {
    const c = client(true);
    const sentAt: number[] = [];
    const start = Date.now();
    const pending = Array.from({ length: 300 }, () =>
      c.GET("/ping").then(() => sentAt.push(Date.now() - start)),
    );
    await vi.runAllTimersAsync();
    await Promise.all(pending);
    expect(sentAt.filter((t) => t < 60_000)).toHaveLength(120);
    const fake = createRateLimiter(metadata.rateLimit);
    expect(sentAt.filter((t) => !fake.take("key", start + t).allowed)).toEqual([]);
  });

  it("true: an operation's category budget (POST/PUT users, 60 a minute, spaced) on top of the plan's", async () => {
    const c = client(true);
    const create = (i: number) => () =>
      c.POST("/users", { body: { email: `u${i}@example.com`, upsert: true } });
    let i = 0;
    expect(await sentOver(3, () => create(i++)(), [0, 999, 1, 1000])).toEqual([1, 1, 2, 3]);
  });

  it('"enterprise": the plan the spec documents, 600 a minute with a burst of 100', async () => {
    const c = client("enterprise");
    expect(await sentOver(102, () => c.GET("/ping"), [0, 99, 1, 100])).toEqual([100, 100, 101, 102]);
  });

  it("takes any other budget as { requests, perSeconds, burst }", async () => {
    const c = client({ requests: 600, perSeconds: 60, burst: 300 });
    expect(await sentOver(302, () => c.GET("/ping"), [0, 99, 1, 100])).toEqual([300, 300, 301, 302]);
  });
});
