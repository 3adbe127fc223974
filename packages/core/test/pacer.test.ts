import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ProviderMetadata } from "../src/index.js";
import { createPacer } from "../src/request/pacer.js";
import { fixtureClient, meta, recorder } from "./fixtures.js";

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

/** When each of `n` takes resolves, in ms from now. */
async function schedule(take: () => Promise<void>, n: number) {
  const start = Date.now();
  const times: number[] = [];
  const all = Array.from({ length: n }, () => take().then(() => times.push(Date.now() - start)));
  await vi.runAllTimersAsync();
  await Promise.all(all);
  return times;
}

describe("createPacer: a token bucket", () => {
  it("spaces requests evenly when the provider documents no burst", async () => {
    const pacer = createPacer({ requests: 2, perSeconds: 1 });
    expect(await schedule(() => pacer.take(), 4)).toEqual([0, 500, 1000, 1500]);
  });

  it("lets a documented burst through, then spaces the rest evenly", async () => {
    const pacer = createPacer({ requests: 10, perSeconds: 10, burst: 3 });
    expect(await schedule(() => pacer.take(), 6)).toEqual([0, 0, 0, 1000, 2000, 3000]);
  });

  it("counts a burst inside the budget: never more than `requests` in any window of `perSeconds`", async () => {
    const pacer = createPacer({ requests: 120, perSeconds: 60, burst: 20 });
    const times = await schedule(() => pacer.take(), 300);
    expect(times.filter((t) => t < 60_000)).toHaveLength(120);
    for (let i = 120; i < times.length; i++)
      expect(times[i]! - times[i - 120]!).toBeGreaterThanOrEqual(60_000);
    expect(times.slice(0, 21)).toEqual([...Array(20).fill(0), 500]);
  });

  it("refills while idle, up to the bucket's size", async () => {
    const pacer = createPacer({ requests: 4, perSeconds: 2, burst: 2 });
    await schedule(() => pacer.take(), 2);
    vi.advanceTimersByTime(10_000);
    expect(await schedule(() => pacer.take(), 3)).toEqual([0, 0, 500]);
  });

  it("gives the token back when a waiting caller aborts, promptly", async () => {
    const pacer = createPacer({ requests: 1, perSeconds: 1 });
    await pacer.take();
    const controller = new AbortController();
    const waiting = pacer.take(controller.signal);
    controller.abort(new Error("gone"));
    await expect(waiting).rejects.toThrow("gone");
    expect(await schedule(() => pacer.take(), 1)).toEqual([1000]);
  });
});

describe("pace option", () => {
  const budgets = {
    ...meta,
    rateLimit: {
      requests: 4,
      perSeconds: 2,
      burst: 2,
      plans: { big: { requests: 10, perSeconds: 1, burst: 10 } },
    },
    operations: {
      ...meta.operations,
      "GET /slow": { id: "slow", rateLimit: { requests: 1, perSeconds: 10 } },
    },
  } as const satisfies ProviderMetadata;

  it("paces each operation by its own x-rate-limit and the provider's plan budget, others by the plan's", async () => {
    const { fetch, requests } = recorder(() => Response.json({}));
    const client = fixtureClient(fetch, { pace: true }, budgets);
    const sentAt = async (path: string, n: number) => {
      const start = Date.now();
      const times: number[] = [];
      await Promise.all(
        Array.from({ length: n }, () => client.GET(path).then(() => times.push(Date.now() - start))),
      );
      return times;
    };
    const slow = sentAt("/slow", 2);
    const fast = sentAt("/items", 3);
    await vi.runAllTimersAsync();
    // a /slow request takes its category token first, then a plan token: the plan's burst of two went to /items
    expect(await slow).toEqual([1000, 10_000]);
    expect(await fast).toEqual([0, 0, 500]);
    expect(requests).toHaveLength(5);
  });

  it("shares one budget between operations of the same scope (a category)", async () => {
    const category = { requests: 1, perSeconds: 2, scope: "events" };
    const scoped = {
      ...meta,
      operations: {
        ...meta.operations,
        "GET /slow": { id: "slow", rateLimit: category },
        "GET /items": { id: "items", rateLimit: { ...category } },
      },
    } as const satisfies ProviderMetadata;
    const client = fixtureClient(recorder(() => Response.json({})).fetch, { pace: true }, scoped);
    const start = Date.now();
    const times: number[] = [];
    const all = ["/slow", "/items", "/slow"].map((p) =>
      client.GET(p as "/items").then(() => times.push(Date.now() - start)),
    );
    await vi.runAllTimersAsync();
    await Promise.all(all);
    expect(times).toEqual([0, 2000, 4000]);
  });

  it("gives each operation without a scope a budget of its own, with or without an operationId", async () => {
    const own = { requests: 1, perSeconds: 2 };
    const apart = {
      ...meta,
      operations: { "GET /slow": { rateLimit: own }, "GET /items": { rateLimit: { ...own } } },
    } as const satisfies ProviderMetadata;
    const client = fixtureClient(recorder(() => Response.json({})).fetch, { pace: true }, apart);
    const start = Date.now();
    const times: number[] = [];
    const all = ["/slow", "/items", "/slow"].map((p) =>
      client.GET(p as "/items").then(() => times.push(Date.now() - start)),
    );
    await vi.runAllTimersAsync();
    await Promise.all(all);
    expect(times).toEqual([0, 0, 2000]);
  });

  it("paces by a named plan's budget, and names the known plans for an unknown one", async () => {
    const client = fixtureClient(recorder(() => Response.json({})).fetch, { pace: "big" }, budgets);
    const start = Date.now();
    const times: number[] = [];
    const all = Array.from({ length: 10 }, () =>
      client.GET("/items").then(() => times.push(Date.now() - start)),
    );
    await vi.runAllTimersAsync();
    await Promise.all(all);
    expect(times).toEqual(Array(10).fill(0));
    expect(() => fixtureClient(fetch, { pace: "huge" }, budgets)).toThrow(/no "huge" plan; known: big/);
  });

  it("takes a budget given by the caller, and refuses pace: true when the spec documents none", () => {
    expect(() => fixtureClient(fetch, { pace: { requests: 1, perSeconds: 1 } })).not.toThrow();
    expect(() => fixtureClient(fetch, { pace: true })).toThrow(/no rate limit/);
  });
});
