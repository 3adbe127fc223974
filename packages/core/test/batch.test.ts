import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type Client, type ProviderMetadata, runBatch } from "../src/index.js";
import { fixtureClient, meta, recorder } from "./fixtures.js";

const batchMeta = {
  ...meta,
  operations: {
    "POST /users/batch-upsert": {
      id: "upsert",
      idempotent: true,
      batch: {
        items: "/users",
        max: 2,
        key: "/remoteId",
        failures: "/data/failed",
        failureKey: "/user/remoteId",
        failureReason: "/error",
      },
    },
    "POST /tags": { id: "tags", batch: { items: "/tags", max: 3 } },
  },
} as const satisfies ProviderMetadata;

type Handler = Parameters<typeof recorder>[0];
const batchClient = (handler: Handler) => {
  const recorded = recorder(handler);
  return { ...recorded, client: fixtureClient(recorded.fetch, {}, batchMeta) as unknown as Client<any> };
};
const users = (n: number) => Array.from({ length: n }, (_, i) => ({ remoteId: `r${i}` }));
/** Fails every member whose id ends in 3, and the whole chunk that holds r4. */
const server = (request: Request) =>
  request.json().then((body: { users: { remoteId: string }[]; source?: string }) => {
    if (body.users.some((u) => u.remoteId == "r4"))
      return Response.json({ error: { message: "chunk refused" } }, { status: 422 });
    const failed = body.users
      .filter((u) => u.remoteId.endsWith("3"))
      .map((user) => ({ user, error: "duplicate email" }));
    return Response.json({ success: true, data: { failed } });
  });

beforeEach(() => void vi.useFakeTimers({ toFake: ["setTimeout"] }));
afterEach(() => void vi.useRealTimers());

describe("runBatch", () => {
  it("sends chunks of at most x-batch.max, and accounts for every member once, in input order", async () => {
    const { client, requests } = batchClient(server);
    const progress = vi.fn();
    const result = await runBatch(client, "POST", "/users/batch-upsert", users(7), {
      body: { source: "lms" },
      onProgress: progress,
    });
    expect(requests.map((r) => JSON.parse(r.body).users.length)).toEqual([2, 2, 2, 1]);
    expect(JSON.parse(requests[0]!.body).source).toBe("lms");
    expect(result.succeeded.map((u) => u.remoteId)).toEqual(["r0", "r1", "r2", "r6"]);
    expect(result.failed).toEqual([
      { member: { remoteId: "r3" }, reason: "duplicate email" },
      {
        member: { remoteId: "r4" },
        reason: expect.stringContaining("chunk refused"),
        status: 422,
        code: undefined,
      },
      {
        member: { remoteId: "r5" },
        reason: expect.stringContaining("chunk refused"),
        status: 422,
        code: undefined,
      },
    ]);
    expect(progress).toHaveBeenLastCalledWith({ done: 7, total: 7, failed: 3 });
  });

  it("sends at most `concurrency` chunks at once", async () => {
    let active = 0;
    let most = 0;
    const { client } = batchClient(async () => {
      most = Math.max(most, ++active);
      await new Promise((r) => setTimeout(r, 10));
      active--;
      return Response.json({});
    });
    const done = runBatch(
      client,
      "POST",
      "/tags",
      Array.from({ length: 20 }, (_, i) => i),
      { concurrency: 3 },
    );
    await vi.runAllTimersAsync();
    expect((await done).succeeded).toHaveLength(20);
    expect(most).toBe(3);
  });

  it("stops sending chunks when the caller aborts", async () => {
    const controller = new AbortController();
    const { client, requests } = batchClient(() => {
      controller.abort(new Error("cancelled"));
      return Response.json({});
    });
    const done = runBatch(
      client,
      "POST",
      "/tags",
      Array.from({ length: 30 }, (_, i) => i),
      { signal: controller.signal },
    );
    await expect(done).rejects.toThrow("cancelled");
    expect(requests.length).toBeLessThanOrEqual(2);
  });

  it("refuses an operation without x-batch, and a raw call whose batch is too large", async () => {
    const { client } = batchClient(() => Response.json({}));
    await expect(runBatch(client, "POST", "/nope", [1])).rejects.toMatchObject({
      name: "ValidationError",
      rule: "x-batch",
    });
    await expect(
      client.POST("/tags" as never, { body: { tags: [1, 2, 3, 4] } } as never),
    ).rejects.toMatchObject({
      name: "ValidationError",
      rule: "maxItems",
    });
  });

  it("takes only a client made by createClient", async () => {
    await expect(runBatch({} as Client<any>, "POST", "/tags", [1])).rejects.toThrow(TypeError);
  });
});

describe("runBatch: every member accounted for, whatever fails", () => {
  it.each([0, 0.5, -1, NaN, Infinity, "2"])(
    "refuses concurrency %s with a ValidationError naming it",
    async (concurrency) => {
      const { client, requests } = batchClient(() => Response.json({}));
      await expect(
        runBatch(client, "POST", "/tags", [1, 2, 3, 4], { concurrency: concurrency as number }),
      ).rejects.toMatchObject({ name: "ValidationError", field: "concurrency" });
      expect(requests).toHaveLength(0);
    },
  );

  it.each([
    [
      "a Retry-After past any date",
      () => new Response("{}", { status: 503, headers: { "retry-after": "9999999999999" } }),
    ],
    [
      "a Retry-After of 1e400",
      () => new Response("{}", { status: 429, headers: { "retry-after": "1e400" } }),
    ],
    [
      "an error body nested 5,000 deep",
      () => new Response(`${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`, { status: 422 }),
    ],
  ])("fails the chunk that got %s, and goes on with the others", async (_name, hostile) => {
    vi.useRealTimers();
    const { client, requests } = batchClient((_r, i) => (i == 1 ? hostile() : Response.json({})));
    const members = Array.from({ length: 9 }, (_, i) => i);
    const { succeeded, failed } = await runBatch(client, "POST", "/tags", members, {
      concurrency: 1,
      retry: false,
    });
    expect(requests).toHaveLength(3);
    expect(failed.map((f) => f.member)).toEqual([3, 4, 5]);
    expect([...succeeded, ...failed.map((f) => f.member)].sort()).toEqual(members);
    for (const f of failed) expect(f.reason).toMatch(/\/tags/);
  });
});
