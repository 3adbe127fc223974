import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
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

  it("true: the documented 120 a minute, then one every 500 ms", async () => {
    const c = client(true);
    expect(await sentOver(123, () => c.GET("/ping"), [0, 499, 1, 500, 500])).toEqual([
      120, 120, 121, 122, 123,
    ]);
  });

  it("true: an operation's own budget (POST/PUT users, 60 a minute)", async () => {
    const c = client(true);
    const create = (i: number) => () =>
      c.POST("/users", { body: { email: `u${i}@example.com`, upsert: true } });
    let i = 0;
    expect(await sentOver(62, () => create(i++)(), [0, 999, 1, 1000])).toEqual([60, 60, 61, 62]);
  });

  it("takes the enterprise budget as { requests: 600, perSeconds: 60 }", async () => {
    const c = client({ requests: 600, perSeconds: 60 });
    expect(await sentOver(602, () => c.GET("/ping"), [0, 99, 1, 100])).toEqual([600, 600, 601, 602]);
  });
});
