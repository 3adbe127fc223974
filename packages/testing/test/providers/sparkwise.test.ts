import { afterEach, describe, expect, it } from "vitest";
import { startFakeServer, type FakeServer, type FakeServerOptions } from "../../src/index";
import type { SparkwiseAuth, SparkwiseClusterRecord, SparkwiseState } from "../../src/providers/sparkwise";

type Server = FakeServer<SparkwiseState, SparkwiseAuth>;
type Body = { success: boolean; data: any; error?: unknown };

const open: Server[] = [];
afterEach(async () => void (await Promise.all(open.splice(0).map((s) => s.close()))));

async function start(options: FakeServerOptions<SparkwiseAuth> = {}): Promise<Server> {
  const server = await startFakeServer("sparkwise", options);
  open.push(server);
  return server;
}

async function call(server: Server, path: string, body?: unknown, key = server.auth.apiKey) {
  const res = await fetch(server.url + path, {
    method: body === undefined ? "GET" : "POST",
    headers: { "x-api-key": key, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Body };
}

const errorBody = (message: string) => ({ success: false, data: null, error: { message, metadata: {} } });

describe("sparkwise fake: auth", () => {
  it("answers 401 in the envelope without the x-api-key header or with a wrong key", async () => {
    const server = await start({ users: 3 });
    const missing = await fetch(`${server.url}/users`);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual(errorBody("Missing API key"));
    const wrong = await call(server, "/users", undefined, "swk_wrong");
    expect(wrong).toMatchObject({ status: 401, body: errorBody("Invalid API key") });
    const bearer = await fetch(`${server.url}/users`, {
      headers: { authorization: `Bearer ${server.auth.apiKey}` },
    });
    expect(bearer.status).toBe(401);
    expect((await call(server, "/users")).status).toBe(200);
    expect(JSON.stringify(server.requests)).not.toContain(server.auth.apiKey);
  });

  it("accepts the key given in options", async () => {
    const server = await start({ auth: { apiKey: "swk_custom" } });
    expect((await call(server, "/users", undefined, "swk_custom")).status).toBe(200);
  });
});

describe("sparkwise fake: GET /users", () => {
  it("pages from 0 with size, next, prev, totalPages and total", async () => {
    const server = await start({ users: 23 });
    const seen: unknown[] = [];
    for (let page = 0; page < 5; page++) {
      const { body } = await call(server, `/users?page=${page}&pageSize=5`);
      expect(body).toMatchObject({ success: true, error: null });
      expect(body.data).toMatchObject({ page, size: 5, totalPages: 5, total: 23 });
      expect(body.data.next).toBe(page < 4 ? page + 1 : null);
      expect(body.data.prev).toBe(page > 0 ? page - 1 : null);
      seen.push(...body.data.items);
    }
    expect(seen).toEqual(server.state.users);
    const past = await call(server, "/users?page=9&pageSize=5");
    expect(past.body.data).toMatchObject({ items: [], page: 9, next: null, prev: null, totalPages: 5 });
  });

  it("defaults to page 0 of 200", async () => {
    const server = await start({ users: 250 });
    const { body } = await call(server, "/users");
    expect(body.data).toMatchObject({ page: 0, size: 200, totalPages: 2, total: 250, next: 1, prev: null });
    expect(body.data.items).toHaveLength(200);
  });

  it.each([
    ["page=-1", "page must be an integer >= 0"],
    ["page=abc", "page must be an integer >= 0"],
    ["pageSize=0", "pageSize must be an integer between 1 and 200"],
    ["pageSize=201", "pageSize must be an integer between 1 and 200"],
    ["pageSize=1.5", "pageSize must be an integer between 1 and 200"],
  ])("rejects %s with a 400 envelope", async (query, message) => {
    const server = await start();
    expect(await call(server, `/users?${query}`)).toMatchObject({ status: 400, body: errorBody(message) });
  });
});

describe("sparkwise fake: batch upsert", () => {
  it("creates and updates by remoteId; the list shows the change; one effect per written member", async () => {
    const server = await start({ users: 2 });
    const [first] = server.state.users;
    const { status, body } = await call(server, "/users/batch-upsert", {
      users: [
        { remoteId: "ext-00001", firstName: "Renamed" },
        { remoteId: "ext-new", firstName: "Nadia", lastName: "Haddad", email: "nadia@example.com" },
      ],
    });
    expect(status).toBe(200);
    expect(body.data.failed).toEqual([]);
    expect(body.data.success).toEqual([
      { ...first, firstName: "Renamed" },
      {
        id: expect.stringMatching(/^[0-9a-f]{64}$/),
        firstName: "Nadia",
        lastName: "Haddad",
        active: true,
        remoteId: "ext-new",
      },
    ]);
    const list = await call(server, "/users");
    expect(list.body.data.items.map((u: { firstName: string }) => u.firstName)).toEqual([
      "Renamed",
      server.state.users[1]!.firstName,
      "Nadia",
    ]);
    expect(server.ledger.effectsOf("upsert")).toEqual(["ext-00001", "ext-new"]);
  });

  it("fails members with an invalid- remoteId or an untrusted e-mail, and writes the others", async () => {
    const server = await start({ users: 0 });
    const { body } = await call(server, "/users/batch-upsert", {
      users: [
        { remoteId: "invalid-1", firstName: "X" },
        { remoteId: "ext-ok", email: "ok@example.com" },
        { remoteId: "ext-out", firstName: "Y", email: "y@untrusted.example" },
      ],
    });
    expect(body.data.failed).toEqual([
      { user: { remoteId: "invalid-1", firstName: "X" }, error: "This user cannot be processed" },
      { user: { remoteId: "ext-out", firstName: "Y" }, error: "User is not using a trusted domain" },
    ]);
    expect(body.data.success.map((u: { remoteId: string }) => u.remoteId)).toEqual(["ext-ok"]);
    expect(server.state.users.map((u) => u.remoteId)).toEqual(["ext-ok"]);
    expect(server.ledger.effectsOf("upsert")).toEqual(["ext-ok"]);
    server.state.trustedDomains = null;
    const relaxed = await call(server, "/users/batch-upsert", {
      users: [{ remoteId: "ext-out", email: "y@untrusted.example" }],
    });
    expect(relaxed.body.data.failed).toEqual([]);
  });

  it.each([
    [{}, "users is required"],
    [{ users: {} }, "users must be an array"],
    [{ users: [] }, "users must contain at least one item"],
    [
      { users: Array.from({ length: 201 }, (_, i) => ({ remoteId: `r${i}` })) },
      "users must contain at most 200 items",
    ],
    [{ users: [{ firstName: "A" }] }, "users[0].remoteId is required"],
    [{ users: [{ remoteId: "a" }, { remoteId: "b", active: "yes" }] }, "users[1].active must be a boolean"],
  ])("rejects the whole body %#: %s", async (body, message) => {
    const server = await start({ users: 1 });
    expect(await call(server, "/users/batch-upsert", body)).toMatchObject({
      status: 400,
      body: errorBody(message),
    });
    expect(server.ledger.effects).toEqual([]);
  });

  it("answers 400 for a body that is not JSON", async () => {
    const server = await start();
    const res = await fetch(`${server.url}/users/batch-upsert`, {
      method: "POST",
      headers: { "x-api-key": server.auth.apiKey, "content-type": "application/json" },
      body: "{users:",
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ success: false, data: null });
  });
});

describe("sparkwise fake: batch deactivate", () => {
  it("deactivates softly, reports unknown users, and an upsert reactivates", async () => {
    const server = await start({ users: 3 });
    const { body } = await call(server, "/users/batch-deactivate", {
      users: [{ remoteId: "ext-00002" }, { remoteId: "ext-ghost", id: "abc" }],
    });
    expect(body).toMatchObject({ success: true, error: null });
    expect(body.data.success).toEqual([{ ...server.state.users[1], active: false }]);
    expect(body.data.failed).toEqual([
      { user: { remoteId: "ext-ghost", id: "abc" }, error: "User not found" },
    ]);
    const list = await call(server, "/users");
    expect(list.body.data.items).toHaveLength(3);
    expect(list.body.data.items[1]).toMatchObject({ remoteId: "ext-00002", active: false });
    expect(server.ledger.effectsOf("deactivate")).toEqual(["ext-00002"]);
    const again = await call(server, "/users/batch-deactivate", { users: [{ remoteId: "ext-00002" }] });
    expect(again.body.data.failed).toEqual([]);
    await call(server, "/users/batch-upsert", { users: [{ remoteId: "ext-00002", active: true }] });
    expect(server.state.users[1]!.active).toBe(true);
  });

  it("rejects 0 or more than 200 members", async () => {
    const server = await start();
    expect((await call(server, "/users/batch-deactivate", { users: [] })).status).toBe(400);
    const many = Array.from({ length: 201 }, (_, i) => ({ remoteId: `r${i}` }));
    expect((await call(server, "/users/batch-deactivate", { users: many })).status).toBe(400);
    expect((await call(server, "/users/batch-deactivate", [{ remoteId: "ext-00001" }])).status).toBe(400);
  });

  it("reads the body by the names in state.deactivateBody, matching `id` by Sparkwise's id", async () => {
    const server = await start({
      users: 3,
      records: { deactivateBody: { property: "userRefs", key: "id" } },
    });
    const [first, second] = server.state.users;
    const firstActive = first!.active;
    expect((await call(server, "/users/batch-deactivate", { users: [{ id: first!.id }] })).status).toBe(400);
    const missingKey = await call(server, "/users/batch-deactivate", {
      userRefs: [{ remoteId: "ext-00001" }],
    });
    expect(missingKey).toMatchObject({ status: 400, body: errorBody("userRefs[0].id is required") });
    const { body } = await call(server, "/users/batch-deactivate", {
      userRefs: [{ id: second!.id }, { id: "nobody" }],
    });
    expect(body.data.success).toEqual([{ ...second, active: false }]);
    expect(body.data.failed).toEqual([{ user: { id: "nobody" }, error: "User not found" }]);
    expect(server.ledger.effectsOf("deactivate")).toEqual([second!.id]);
    expect(first!.active).toBe(firstActive);
  });

  it("matches any other configured key against remoteId", async () => {
    const server = await start({ users: 2 });
    server.state.deactivateBody = { property: "users", key: "userRemoteId" };
    const { body } = await call(server, "/users/batch-deactivate", {
      users: [{ userRemoteId: "ext-00002" }],
    });
    expect(body.data.failed).toEqual([]);
    expect(server.state.users[1]!.active).toBe(false);
    expect(server.ledger.effectsOf("deactivate")).toEqual(["ext-00002"]);
  });
});

const cluster = (n: number, createdAt: string): SparkwiseClusterRecord => ({
  createdAt,
  cluster: { clusterId: `00000000-0000-4000-8000-00000000000${n}`, moduleName: `M${n}` },
});

describe("sparkwise fake: clusters and completions", () => {
  const records = {
    clusters: [
      cluster(1, "2024-01-01T00:00:00Z"),
      cluster(2, "2024-06-01T00:00:00Z"),
      cluster(3, "2024-09-01T00:00:00Z"),
    ],
    completions: [
      { id: "c1", sessionScheduledStartAt: "2024-06-01T00:00:00Z" },
      { id: "c2", sessionScheduledStartAt: "2024-12-30T10:00:00Z" },
    ],
  };

  it("filters clusters by the half-open window on creation time, without createdAt", async () => {
    const server = await start({ records });
    const { body } = await call(server, "/clusters?from=2024-06-01T00:00:00Z&to=2024-09-01T00:00:00Z");
    expect(body).toEqual({ success: true, data: { items: [records.clusters[1]!.cluster], total: 1 } });
    const all = await call(server, "/clusters");
    expect(all.body.data.total).toBe(3);
  });

  it("filters completions by session start, as a bare array", async () => {
    const server = await start({ records });
    const { body } = await call(server, "/completions?from=2024-06-01T00:00:00Z&to=2024-12-30T10:00:00Z");
    expect(body).toEqual([records.completions[0]]);
    expect((await call(server, "/completions?from=2030-01-01T00:00:00Z")).body).toEqual([]);
    expect((await call(server, "/completions?to=2025-01-01T00:00:00%2B01:00")).body).toHaveLength(2);
  });

  it.each(["/clusters", "/completions"])(
    "%s rejects from >= to and values that are not date-times",
    async (path) => {
      const server = await start();
      const equal = await call(server, `${path}?from=2024-06-01T00:00:00Z&to=2024-06-01T00:00:00Z`);
      expect(equal).toMatchObject({ status: 400, body: errorBody("'to' must be later than 'from'") });
      expect((await call(server, `${path}?from=2024-12-31T00:00:00Z&to=2024-01-01T00:00:00Z`)).status).toBe(
        400,
      );
      const bad = await call(server, `${path}?from=yesterday`);
      expect(bad).toMatchObject({
        status: 400,
        body: errorBody("'from' must be an ISO 8601 date-time, got 'yesterday'"),
      });
      expect((await call(server, `${path}?to=2024-01-01`)).status).toBe(400);
    },
  );

  it("generates clusters, some with an iframe code, and one completion per user", async () => {
    const server = await start({ users: 40 });
    const { body } = await call(server, "/clusters");
    expect(body.data.total).toBe(5);
    const withCode = body.data.items.filter((c: { iframeCode?: string }) => c.iframeCode !== undefined);
    expect(withCode.length).toBeGreaterThan(0);
    expect(withCode.length).toBeLessThan(5);
    expect((await call(server, "/completions")).body).toHaveLength(40);
  });
});

describe("sparkwise fake: limits, faults, routing and determinism", () => {
  it("has no rate limit by default, and answers 429 with Retry-After when given one", async () => {
    const unlimited = await start();
    const statuses = await Promise.all(Array.from({ length: 30 }, () => call(unlimited, "/clusters")));
    expect(statuses.every((r) => r.status === 200)).toBe(true);
    const limited = await start({ rateLimit: { requests: 2, perSeconds: 60 } });
    await call(limited, "/users");
    await call(limited, "/users");
    const third = await call(limited, "/users");
    expect(third).toMatchObject({ status: 429, body: errorBody("Too many requests") });
    expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("puts injected faults, unknown paths and wrong methods in the envelope", async () => {
    const server = await start({ faults: ["503"] });
    expect(await call(server, "/users")).toMatchObject({ status: 503, body: { success: false, data: null } });
    expect((await call(server, "/v1/users")).status).toBe(404);
    const wrong = await call(server, "/users", {});
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET");
  });

  it("gives the same data for the same seed, other data for another, and 10,000 users", async () => {
    const [a, b, c] = await Promise.all([start({ seed: 7 }), start({ seed: 7 }), start({ seed: 8 })]);
    expect(a.state).toEqual(b.state);
    expect(a.state.users).not.toEqual(c.state.users);
    const big = await start({ users: 10_000 });
    expect(big.state.users).toHaveLength(10_000);
  });
});
