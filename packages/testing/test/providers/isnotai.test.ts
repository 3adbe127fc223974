import { afterEach, describe, expect, it } from "vitest";
import { startFakeServer, type FakeServer, type FakeServerOptions } from "../../src/index";
import type { IsnotaiAuth, IsnotaiSession, IsnotaiState } from "../../src/providers/isnotai";

type Server = FakeServer<IsnotaiState, IsnotaiAuth>;
type Tier = "free" | "pro" | "enterprise";

const open: Server[] = [];
afterEach(async () => void (await Promise.all(open.splice(0).map((s) => s.close()))));

async function start(options: FakeServerOptions<IsnotaiAuth> = {}): Promise<Server> {
  const server = await startFakeServer("isnotai", options);
  open.push(server);
  return server;
}

/** GET with a tier's key as Bearer (or the given headers instead). */
async function get(server: Server, path: string, tier: Tier = "pro", headers?: Record<string, string>) {
  const res = await fetch(server.url + path, {
    headers: headers ?? { authorization: `Bearer ${server.auth.keys[server.auth.region][tier]}` },
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

/** Every page of a list, following `nextCursor` until `hasMore` is false. */
async function walk(server: Server, path: string, tier: Tier = "pro") {
  const items: any[] = [];
  const pages: any[] = [];
  for (let cursor: string | undefined; ;) {
    const join = path.includes("?") ? "&" : "?";
    const { status, body } = await get(server, path + (cursor ? `${join}cursor=${cursor}` : ""), tier);
    expect(status).toBe(200);
    items.push(...body.data);
    pages.push(body.pagination);
    if (!body.pagination.hasMore) return { items, pages };
    cursor = body.pagination.nextCursor;
  }
}

function events(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    eventId: `evt_${i}`,
    messageId: 2,
    eventTypeName: "mouse_move",
    timestamp: 1_782_000_000_000 + i,
    payloadSize: 30,
  }));
}

const INVALID_KEY = { error: { code: "INVALID_API_KEY", message: expect.any(String) } };

describe("isnotai fake: authentication", () => {
  it("answers 401 INVALID_API_KEY without a tier header for a missing, malformed, unknown or other-region key", async () => {
    const server = await start();
    const keys = [undefined, "aik_v1_short", `aik_v1_${"x".repeat(40)}`, server.auth.keys.eu.pro];
    for (const key of keys) {
      const res = await get(server, "/v1/users", "pro", key ? { authorization: `Bearer ${key}` } : {});
      expect(res).toMatchObject({ status: 401, body: INVALID_KEY });
      expect(res.headers.get("x-isnotai-tier")).toBeNull();
    }
  });

  it("plays the EU host when told: EU keys work there, US keys do not", async () => {
    const server = await start({ auth: { region: "eu" } });
    expect((await get(server, "/v1/stats", "enterprise")).status).toBe(200);
    const us = await get(server, "/v1/stats", "pro", { authorization: `Bearer ${server.auth.keys.us.pro}` });
    expect(us.status).toBe(401);
  });

  it("takes x-api-key, and Authorization wins when both are sent", async () => {
    const server = await start();
    const { pro, free } = server.auth.keys.us;
    expect((await get(server, "/v1/stats", "pro", { "x-api-key": pro })).headers.get("x-isnotai-tier")).toBe(
      "pro",
    );
    const both = await get(server, "/v1/stats", "pro", {
      authorization: `Bearer ${free}`,
      "x-api-key": "aik_v1_garbage",
    });
    expect(both.headers.get("x-isnotai-tier")).toBe("free");
    expect(
      (await get(server, "/v1/stats", "pro", { authorization: "Basic abc", "x-api-key": pro })).status,
    ).toBe(401);
  });

  it("serves /health without a key and without a tier header", async () => {
    const server = await start();
    const res = await get(server, "/health", "pro", {});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "healthy", version: "1.0.17.0" });
    expect(res.body.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}\+00:00$/);
    expect(res.headers.get("x-isnotai-tier")).toBeNull();
  });

  it("keeps every key out of the ledger and masks it in getIntegration", async () => {
    const server = await start();
    const { body } = await get(server, "/v1/integration", "enterprise");
    await get(server, "/v1/stats", "free", { "x-api-key": server.auth.keys.us.free });
    expect(body.data).toMatchObject({ tier: "enterprise", region: "us" });
    expect(body.data.apiKeyMasked).not.toContain(server.auth.keys.us.enterprise.slice(7, 20));
    expect(JSON.stringify(server.requests)).not.toMatch(/aik_v1_fake/);
  });
});

describe("isnotai fake: the tier header", () => {
  it("names the key's tier on 200, 400, 403, 404 and 503 alike", async () => {
    const server = await start();
    server.state.detailsUnavailable = true;
    const cases: [string, number][] = [
      ["/v1/users", 200],
      ["/v1/sessions?startDate=last-tuesday", 400],
      [`/v1/sessions/${server.state.foreignSessionIds[0]}`, 403],
      ["/v1/sessions/nope", 404],
      [`/v1/sessions/${server.state.sessions[0]!.id}/details`, 503],
    ];
    for (const tier of ["free", "pro", "enterprise"] as const) {
      for (const [path, status] of cases) {
        const res = await get(server, path, tier);
        expect([res.status, res.headers.get("x-isnotai-tier")]).toEqual([status, tier]);
      }
    }
  });
});

describe("isnotai fake: pagination", () => {
  it("clamps pageSize to the tier's cap and reports it in pagination.limit", async () => {
    const server = await start({ users: 120 });
    expect((await get(server, "/v1/users?pageSize=100", "free")).body.pagination.limit).toBe(50);
    expect((await get(server, "/v1/users?pageSize=100", "free")).body.data).toHaveLength(50);
    expect((await get(server, "/v1/users?pageSize=500", "pro")).body.pagination.limit).toBe(100);
    expect((await get(server, "/v1/users", "enterprise")).body.pagination.limit).toBe(50);
  });

  it("answers 400 naming pageSize for a size below 1 or not an integer", async () => {
    const server = await start();
    for (const size of ["0", "-3", "ten", "2.5"]) {
      const res = await get(server, `/v1/users?pageSize=${size}`);
      expect(res).toMatchObject({
        status: 400,
        body: { error: { code: "VALIDATION_ERROR", details: { field: "pageSize" } } },
      });
    }
  });

  it("gives listEvents a default of 100, clamped to 50 on Free", async () => {
    const server = await start();
    const { id } = server.state.sessions[0]!;
    server.state.events.set(id, events(150));
    expect((await get(server, `/v1/sessions/${id}/events`, "free")).body).toMatchObject({
      data: events(50),
      pagination: { hasMore: true, limit: 50 },
    });
    expect((await get(server, `/v1/sessions/${id}/events`, "pro")).body.data).toHaveLength(100);
  });

  it("walks every item once, in order; the last page has hasMore false and no usable cursor", async () => {
    const server = await start({ users: 40 });
    const users = await walk(server, "/v1/users?pageSize=7");
    expect(users.items.map((u) => u.userId)).toEqual(server.state.users.map((u) => u.userId));
    expect(users.pages.at(-1)).toEqual({ nextCursor: "", hasMore: false, limit: 7 });
    const sessions = await walk(server, "/v1/sessions?pageSize=9");
    expect(sessions.items.map((s) => s.id)).toEqual(server.state.sessions.map((s) => s.id));
    expect(sessions.pages.at(-1)).toEqual({ hasMore: false, limit: 9 });
  });

  it("refuses a tampered cursor, and one reused with other filters or on another list", async () => {
    const server = await start();
    const { nextCursor } = (await get(server, "/v1/users?pageSize=2&search=a")).body.pagination;
    const tampered = `${nextCursor.slice(0, -2)}xx`;
    for (const path of [
      `/v1/users?cursor=${tampered}`,
      `/v1/users?cursor=${nextCursor}`,
      `/v1/sessions?search=a&cursor=${nextCursor}`,
    ]) {
      expect(await get(server, path)).toMatchObject({
        status: 400,
        body: { error: { details: { field: "cursor" } } },
      });
    }
    expect((await get(server, `/v1/users?pageSize=5&search=a&cursor=${nextCursor}`)).status).toBe(200);
  });
});

describe("isnotai fake: filters and windows", () => {
  it("filters users by a case-insensitive substring of userId or userName", async () => {
    const server = await start({ users: 30 });
    const { items } = await walk(server, "/v1/users?search=CANVAS:4800");
    expect(items.map((u) => u.userId)).toEqual(
      server.state.users.filter((u) => u.userId.startsWith("canvas:4800")).map((u) => u.userId),
    );
  });

  it("filters sessions by status, botOnly and creation time, both bounds inclusive", async () => {
    const server = await start({ users: 60 });
    const [newest] = server.state.sessions;
    const bots = await walk(server, "/v1/sessions?botOnly=true&status=closed");
    expect(bots.items.length).toBeGreaterThan(0);
    expect(bots.items.every((s) => s.botScore >= 0.7 && s.status === "closed")).toBe(true);
    const exact = await get(
      server,
      `/v1/sessions?startDate=${newest!.createdAt}&endDate=${newest!.createdAt}`,
    );
    expect(exact.body.data.map((s: IsnotaiSession) => s.id)).toContain(newest!.id);
  });

  it("gives an empty page, not an error, for a startDate before the tier's history window", async () => {
    const server = await start({ users: 60 });
    const eightDaysAgo = new Date(Date.parse(server.state.now) - 8 * 86_400_000).toISOString();
    const free = await get(server, `/v1/sessions?startDate=${eightDaysAgo}`, "free");
    expect(free).toMatchObject({
      status: 200,
      body: { data: [], pagination: { hasMore: false, limit: 50 } },
    });
    expect(
      (await get(server, `/v1/sessions?startDate=${eightDaysAgo}`, "pro")).body.data.length,
    ).toBeGreaterThan(0);
  });

  it("answers 400 for a malformed date, a reversed range or a bad botOnly", async () => {
    const server = await start();
    const paths = [
      "/v1/sessions?startDate=last-tuesday",
      "/v1/sessions?startDate=2026-06-21T00:00:00Z&endDate=2026-06-20T00:00:00Z",
      "/v1/sessions?botOnly=yes",
    ];
    for (const path of paths) expect((await get(server, path)).status).toBe(400);
  });

  it("filters events by type name, decimal or hex byte, and epoch-ms bounds", async () => {
    const server = await start();
    const { id } = server.state.sessions[0]!;
    const all = (await walk(server, `/v1/sessions/${id}/events`)).items;
    for (const type of ["mouse_move", "2", "0x02"]) {
      const { items } = await walk(server, `/v1/sessions/${id}/events?type=${type}`);
      expect(items).toEqual(all.filter((e) => e.messageId === 2));
    }
    const [, second, third] = all;
    const bounded = await walk(
      server,
      `/v1/sessions/${id}/events?startTime=${second.timestamp}&endTime=${third.timestamp}`,
    );
    expect(bounded.items.map((e) => e.eventId)).toEqual([second.eventId, third.eventId]);
    expect((await get(server, `/v1/sessions/${id}/events?type=0x1ff`)).status).toBe(400);
    expect((await get(server, `/v1/sessions/${id}/events?startTime=-1`)).status).toBe(400);
  });
});

describe("isnotai fake: rate budgets", () => {
  it("gives Free 60 requests a minute, then 429 with Retry-After and no tier header", async () => {
    const server = await start();
    for (let i = 0; i < 60; i++) expect((await get(server, "/v1/integration", "free")).status).toBe(200);
    const limited = await get(server, "/v1/integration", "free");
    expect(limited).toMatchObject({ status: 429, body: { error: { code: "RATE_LIMITED" } } });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("x-isnotai-tier")).toBeNull();
    expect((await get(server, "/v1/integration", "pro")).status).toBe(200);
  });

  it("puts every x-api-key caller of a tier in one bucket, apart from Bearer callers", async () => {
    const server = await start({ auth: { perMinute: { free: 2, pro: 2, enterprise: 2 } } });
    const key = server.auth.keys.us.pro;
    const viaHeader = () => get(server, "/v1/stats", "pro", { "x-api-key": key });
    expect([(await viaHeader()).status, (await viaHeader()).status, (await viaHeader()).status]).toEqual([
      200, 200, 429,
    ]);
    expect((await get(server, "/v1/stats", "pro")).status).toBe(200);
  });

  it("has no tier budget with perMinute: false", async () => {
    const server = await start({ auth: { perMinute: false } });
    for (let i = 0; i < 70; i++) expect((await get(server, "/v1/integration", "free")).status).toBe(200);
  });
});

describe("isnotai fake: state and data", () => {
  it("serves a session pushed into the state from every list that includes it", async () => {
    const server = await start({ users: 5 });
    const session = {
      ...server.state.sessions[0]!,
      id: "added-1",
      userId: "canvas:1",
      pageUrl: "https://lms.test/courses/42/x",
    };
    server.state.sessions.push(session);
    expect((await walk(server, "/v1/sessions")).items.at(-1)).toEqual(session);
    expect((await walk(server, "/v1/users/canvas%3A1/sessions")).items).toEqual([session]);
    expect((await walk(server, "/v1/courses")).items.map((c) => c.courseUrl)).toContain(
      "https://lms.test/courses/42",
    );
    expect((await get(server, "/v1/sessions/added-1")).body).toEqual({ data: session });
  });

  it("answers an unknown user with an empty page, and looks users up by the decoded id", async () => {
    const server = await start({ users: 12 });
    const slashed = server.state.users.find((u) => u.userId.includes("/"))!;
    const own = server.state.sessions.filter((s) => s.userId === slashed.userId).map((s) => s.id);
    const path = `/v1/users/${encodeURIComponent(slashed.userId)}/sessions`;
    expect((await walk(server, path)).items.map((s) => s.id)).toEqual(own);
    expect((await get(server, "/v1/users/canvas%3A99999999/sessions")).body).toEqual({
      data: [],
      pagination: { hasMore: false, limit: 50 },
    });
  });

  it("makes the same data from the same seed, and other data from another", async () => {
    const [a, b, c] = await Promise.all([start({ seed: 9 }), start({ seed: 9 }), start({ seed: 10 })]);
    const session = a.state.sessions[3]!.id;
    const dump = async (s: Server) => [
      await walk(s, "/v1/users"),
      await walk(s, `/v1/sessions/${session}/events`),
    ];
    expect(await dump(a)).toEqual(await dump(b));
    expect(c.state.users).not.toEqual(a.state.users);
  });

  it("serves records instead of seeded data", async () => {
    const server = await start({
      records: { users: [{ userId: "u1" }], sessions: [{ id: "s1" }], events: { s1: events(3) } },
    });
    expect((await walk(server, "/v1/users")).items).toEqual([{ userId: "u1" }]);
    expect((await walk(server, "/v1/sessions/s1/events")).items).toEqual(events(3));
  });

  it("computes analytics over the window: 24 hourly points for 24h, 400 for an unknown period or groupBy", async () => {
    const server = await start({ users: 80 });
    const { data } = (await get(server, "/v1/analytics?period=24h&groupBy=hour")).body;
    expect(data.timeSeries).toHaveLength(24);
    expect(data.summary.totalSessions).toBe(
      data.timeSeries.reduce((n: number, p: any) => n + p.sessionCount, 0),
    );
    expect((await get(server, "/v1/analytics?period=1y")).body.error.details).toEqual({ field: "period" });
    expect((await get(server, "/v1/analytics?groupBy=month")).body.error.details).toEqual({
      field: "groupBy",
    });
  });

  it("reports usage per day and metric, matching the metric case-insensitively", async () => {
    const server = await start();
    const { body } = await get(server, "/v1/usage?startDate=2026-06-19&endDate=2026-06-21&metric=apicalls");
    expect(body.data.map((d: any) => [d.period, d.metricType])).toEqual([
      ["2026-06-19", "ApiCalls"],
      ["2026-06-20", "ApiCalls"],
      ["2026-06-21", "ApiCalls"],
    ]);
    expect(body.totals.ApiCalls).toBe(body.data.reduce((n: number, d: any) => n + d.value, 0));
    expect((await get(server, "/v1/usage")).body).toMatchObject({
      startDate: "2026-05-23",
      endDate: "2026-06-22",
    });
    expect((await get(server, "/v1/usage?metric=Bandwidth")).status).toBe(400);
  });
});
