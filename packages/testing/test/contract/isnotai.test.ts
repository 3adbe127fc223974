import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSpecValidator } from "../../../../scripts/spec-validator";
import { startFakeServer, type FakeServer } from "../../src/index";
import type { IsnotaiAuth, IsnotaiState } from "../../src/providers/isnotai";

/**
 * Crawls every operation of the isnotai fake — every page of every list, every session and user,
 * every analytics window, and the error paths — and checks each body against the spec, and the
 * tier header against the spec's rule (on every authenticated response but the edge's 429).
 */
const spec = fileURLToPath(new URL("../../../../specs/isnotai/openapi.yaml", import.meta.url));
const validator = createSpecValidator(spec);
const ok = new Set<string>();
const checked = new Set<string>();
let server: FakeServer<IsnotaiState, IsnotaiAuth>;

beforeAll(async () => {
  server = await startFakeServer("isnotai", { users: 15, seed: 5, auth: { perMinute: false } });
});
afterAll(() => server.close());

type Tier = "free" | "pro" | "enterprise";

/** Sends `GET target` as `operationId` and validates the body (and the tier header) against the spec. */
async function send(operationId: string, target: string, tier: Tier | null = "pro", on = server) {
  const headers: Record<string, string> = tier ? { authorization: `Bearer ${on.auth.keys.us[tier]}` } : {};
  const res = await fetch(on.url + target, { headers });
  const body: any = await res.json();
  expect(
    validator.response(operationId, res.status, body),
    `${operationId} ${res.status} ${target}`,
  ).toBeNull();
  const authenticated = operationId !== "health" && res.status !== 401 && res.status !== 429 && tier !== null;
  expect(res.headers.get("x-isnotai-tier"), `${operationId} ${res.status} tier`).toBe(
    authenticated ? tier : null,
  );
  checked.add(`${operationId} ${res.status}`);
  if (res.ok) ok.add(operationId);
  return { status: res.status, body };
}

/** Every page of a list; returns the items. */
async function crawl(operationId: string, path: string, tier: Tier = "pro"): Promise<any[]> {
  const items: any[] = [];
  for (let cursor = ""; ;) {
    const join = path.includes("?") ? "&" : "?";
    const { status, body } = await send(operationId, path + (cursor ? `${join}cursor=${cursor}` : ""), tier);
    expect(status).toBe(200);
    items.push(...body.data);
    if (!body.pagination.hasMore) return items;
    cursor = body.pagination.nextCursor;
  }
}

describe("isnotai fake against specs/isnotai/openapi.yaml", () => {
  it("uses a validator that notices a drift", () => {
    expect(
      validator.response("listUsers", 200, { data: [{ userName: "no id" }], pagination: { hasMore: false } }),
    ).not.toBeNull();
    expect(validator.response("getSession", 200, { id: "not wrapped" })).not.toBeNull();
  });

  it("health, getIntegration and getStats", async () => {
    await send("health", "/health", null);
    for (const tier of ["free", "pro", "enterprise"] as const)
      await send("getIntegration", "/v1/integration", tier);
    await send("getStats", "/v1/stats");
  });

  it("listUsers and getUserSessions: every page at several sizes, every user's sessions", async () => {
    for (const [size, tier] of [
      [1, "pro"],
      [7, "free"],
      [100, "free"],
      [100, "enterprise"],
    ] as const) {
      const users = await crawl("listUsers", `/v1/users?pageSize=${size}`, tier);
      expect(users.map((u) => u.userId)).toEqual(server.state.users.map((u) => u.userId));
    }
    await crawl("listUsers", "/v1/users?search=moodle");
    for (const user of server.state.users) {
      const sessions = await crawl(
        "getUserSessions",
        `/v1/users/${encodeURIComponent(user.userId)}/sessions?pageSize=2`,
      );
      expect(sessions).toHaveLength(user.sessionCount!);
    }
    await crawl("getUserSessions", "/v1/users/canvas%3A99999999/sessions");
  });

  it("listSessions, getSession, getSessionDetails and listEvents for every session", async () => {
    const sessions = await crawl("listSessions", "/v1/sessions?pageSize=13");
    expect(sessions.map((s) => s.id)).toEqual(server.state.sessions.map((s) => s.id));
    await crawl("listSessions", "/v1/sessions?botOnly=true&status=closed&startDate=2026-06-01T00:00:00Z");
    await crawl("listSessions", "/v1/sessions?startDate=2026-01-01T00:00:00Z", "free");
    for (const { id } of sessions) {
      await send("getSession", `/v1/sessions/${id}`);
      await send("getSessionDetails", `/v1/sessions/${id}/details`);
      await crawl("listEvents", `/v1/sessions/${id}/events`, "enterprise");
    }
    await crawl("listEvents", `/v1/sessions/${sessions[0].id}/events`, "free");
    await crawl("listEvents", `/v1/sessions/${sessions[0].id}/events?type=0x02&startTime=0&pageSize=7`);
  });

  it("listCourses, getAnalytics over every window and getUsage", async () => {
    await crawl("listCourses", "/v1/courses?pageSize=3");
    for (const period of ["24h", "7d", "30d", "90d"])
      for (const groupBy of ["hour", "day", "week"])
        await send("getAnalytics", `/v1/analytics?period=${period}&groupBy=${groupBy}`);
    await send("getAnalytics", "/v1/analytics");
    await send("getUsage", "/v1/usage");
    await send("getUsage", "/v1/usage?startDate=2026-06-19&endDate=2026-06-21&metric=STORAGEBYTES");
  });

  it("error paths: 400, 401, 403, 404, 429, 503 and injected faults", async () => {
    const session = server.state.sessions[0]!.id;
    for (const [op, path] of [
      ["listUsers", "/v1/users?pageSize=0"],
      ["listSessions", "/v1/sessions?cursor=bogus"],
      ["listSessions", "/v1/sessions?startDate=last-tuesday"],
      ["listEvents", `/v1/sessions/${session}/events?type=0x1ff`],
      ["getUserSessions", "/v1/users/x/sessions?pageSize=-1"],
      ["listCourses", "/v1/courses?pageSize=zero"],
      ["getAnalytics", "/v1/analytics?period=1y"],
      ["getUsage", "/v1/usage?metric=Bandwidth"],
    ])
      expect((await send(op!, path!)).status).toBe(400);
    for (const [op, { path }] of validator.operations) {
      if (op === "health") continue;
      const target = path.replace("{sessionId}", session).replace("{userId}", "canvas%3A1");
      expect((await send(op, target, null)).status).toBe(401);
    }
    expect((await send("getSession", `/v1/sessions/${server.state.foreignSessionIds[0]}`)).status).toBe(403);
    for (const op of ["getSession", "getSessionDetails", "listEvents"] as const)
      expect(
        (
          await send(
            op,
            `/v1/sessions/nope${op === "getSession" ? "" : op === "listEvents" ? "/events" : "/details"}`,
          )
        ).status,
      ).toBe(404);
    server.state.detailsUnavailable = true;
    expect((await send("getSessionDetails", `/v1/sessions/${session}/details`)).status).toBe(503);
    server.state.detailsUnavailable = false;
    server.setFaults(["429", "500", "502", "504"]);
    for (const status of [429, 500, 502, 504]) {
      const res = await fetch(`${server.url}/v1/users`, {
        headers: { authorization: `Bearer ${server.auth.keys.us.pro}` },
      });
      expect([res.status, validator.response("listUsers", res.status, await res.json())]).toEqual([
        status,
        null,
      ]);
      checked.add(`listUsers ${status}`);
    }
    server.setFaults(undefined);
    const limited = await startFakeServer("isnotai", {
      auth: { perMinute: { free: 1, pro: 1, enterprise: 1 } },
    });
    try {
      await send("getStats", "/v1/stats", "free", limited);
      expect((await send("getStats", "/v1/stats", "free", limited)).status).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it("exercised every operation of the spec with a 2xx", () => {
    expect([...ok].sort()).toEqual([...validator.operations.keys()].sort());
    for (const status of ["400", "401", "403", "404", "429", "500", "502", "503", "504"])
      expect(
        [...checked].some((c) => c.endsWith(` ${status}`)),
        status,
      ).toBe(true);
  });
});
