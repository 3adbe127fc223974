import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSpecValidator } from "../../../../scripts/spec-validator";
import { startFakeServer, type FakeServer } from "../../src/index";
import {
  FEEDS,
  type ThoughtIndustriesAuth,
  type ThoughtIndustriesState,
  type TiUser,
} from "../../src/providers/thought-industries";

/**
 * Crawls every operation of the thought-industries fake — every page of `/users` in both shapes and
 * both paging modes, every window of every event feed, every write, and the 400, 401, 403, 404,
 * 409, 422, 429 and 5xx paths — and checks each body against the spec.
 */
const spec = fileURLToPath(new URL("../../../../specs/thought-industries/openapi.yaml", import.meta.url));
const validator = createSpecValidator(spec);
const ok = new Set<string>();
const statuses = new Set<number>();
type Server = FakeServer<ThoughtIndustriesState, ThoughtIndustriesAuth>;
let server: Server;

beforeAll(async () => {
  server = await startFakeServer("thought-industries", { users: 130, seed: 3, rateLimit: false });
});
afterAll(() => server.close());

/** Sends one request as `operationId`, validating the request body (unless `invalid`) and the response body. */
async function send(
  operationId: string,
  target: string,
  body?: unknown,
  options: { key?: string; invalid?: boolean; on?: Server } = {},
) {
  const { key, invalid = false, on = server } = options;
  if (body !== undefined && typeof body != "string")
    expect(validator.request(operationId, body) === null, operationId).toBe(!invalid);
  const { method } = validator.operations.get(operationId)!;
  const res = await fetch(on.url + target, {
    method: method.toUpperCase(),
    headers: { authorization: `Bearer ${key ?? on.auth.apiKey}`, "content-type": "application/json" },
    body: body === undefined ? undefined : typeof body == "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  const json: any = text ? JSON.parse(text) : undefined;
  expect(
    validator.response(operationId, res.status, json),
    `${operationId} ${res.status} ${target} ${text.slice(0, 200)}`,
  ).toBeNull();
  statuses.add(res.status);
  if (res.ok) ok.add(operationId);
  return { status: res.status, body: json };
}

const settle = (settings: Partial<ThoughtIndustriesState["settings"]>) =>
  Object.assign(server.state.settings, settings);
const user = (i = 0) => server.state.users[i]!;

describe("thought-industries fake against specs/thought-industries/openapi.yaml", () => {
  it("uses a validator that notices a drift", () => {
    expect(validator.response("listUsers", 200, { users: [{ id: "x" }] })).not.toBeNull();
    expect(validator.response("listLoginEvents", 200, { events: [{ id: "e" }] })).not.toBeNull();
  });

  it.each([
    ["flat", "cursor", "hasMore"],
    ["flat", "page", "hasMore"],
    ["envelope", "cursor", "hasMore"],
    ["envelope", "page", "empty-page"],
    ["flat", "cursor", "empty-page"],
  ] as const)("listUsers: every page, %s shape, %s paging, ends on %s", async (shape, paging, end) => {
    settle({ shape, paging, end });
    const ids: string[] = [];
    for (let query = "", i = 0; i < 10; i++) {
      const { body } = await send("listUsers", `/users${query}`);
      const page = body.data?.APIUsers ?? body;
      ids.push(...page.users.map((u: TiUser) => u.id));
      if (!page.users.length || !page.pageInfo.hasMore) break;
      query = page.pageInfo.cursor
        ? `?cursor=${page.pageInfo.cursor}`
        : `?page=${page.pageInfo.currentPage + 1}`;
    }
    expect(ids).toEqual(server.state.users.map((u) => u.id));
    await send("listUsers", "/users?role=admin");
    await send("listUsers", "/users?page=-1");
    await send("listUsers", "/users?cursor=tampered");
    settle({ shape: "flat", paging: "cursor", end: "hasMore" });
  });

  it.each(["flat", "envelope"] as const)(
    "getUser by id, e-mail and external id (%s), and 404",
    async (shape) => {
      settle({ shape });
      const u = server.state.users.find((x) => typeof x.externalCustomerId == "string")!;
      for (const ref of [u.id, u.email, u.externalCustomerId as string])
        await send("getUser", `/users/${encodeURIComponent(ref)}`);
      expect((await send("getUser", "/users/..%2Fadmin")).status).toBe(404);
      settle({ shape: "flat" });
    },
  );

  it("ping, and 401 without a valid key", async () => {
    await send("ping", "/ping");
    expect((await send("ping", "/ping", undefined, { key: "ti_wrong" })).status).toBe(401);
    expect((await send("listUsers", "/users", undefined, { key: "ti_wrong" })).status).toBe(401);
  });

  it("createUser: 201, 200 on upsert, 409, 422 and 400", async () => {
    const body = {
      email: "new.hire@example.com",
      firstName: "Nia",
      lastName: "Brown",
      externalCustomerId: "CRM-2040",
      sendInvite: true,
      role: "learner",
      courseSlugs: ["onboarding-101"],
    };
    expect((await send("createUser", "/users", body)).status).toBe(201);
    expect(
      (
        await send("createUser", "/users", {
          email: body.email,
          upsert: true,
          studentLicenseSkus: ["LIC-GOLD"],
        })
      ).status,
    ).toBe(200);
    expect((await send("createUser", "/users", { email: body.email, firstName: "Nia" })).status).toBe(409);
    expect(
      (await send("createUser", "/users", { email: "x@example.com", studentLicenseSkus: ["NOPE"] })).status,
    ).toBe(422);
    expect((await send("createUser", "/users", "{garbage", { invalid: true })).status).toBe(400);
  });

  it("updateUser: 200, 409, 400 and 404", async () => {
    const path = `/users/${user(1).id}`;
    expect(
      (
        await send("updateUser", path, {
          firstName: "Ana Maria",
          studentLicenseSkus: ["LIC-SILVER"],
          replaceLicenseAccess: true,
        })
      ).status,
    ).toBe(200);
    expect((await send("updateUser", path, { email: user(2).email })).status).toBe(409);
    expect((await send("updateUser", path, { firstName: 7 }, { invalid: true })).status).toBe(400);
    expect((await send("updateUser", "/users/nobody", { firstName: "X" })).status).toBe(404);
  });

  it("updateUserStatus: 200 both ways, 400 and 404", async () => {
    const path = `/users/${encodeURIComponent(user(3).email)}/updateStatus`;
    expect((await send("updateUserStatus", path, { status: "disabled" })).status).toBe(200);
    expect((await send("updateUserStatus", path, { status: "active" })).status).toBe(200);
    expect((await send("updateUserStatus", path, { status: "archived" }, { invalid: true })).status).toBe(
      400,
    );
    expect((await send("updateUserStatus", "/users/nobody/updateStatus", { status: "active" })).status).toBe(
      404,
    );
  });

  it("resetCourseProgress and resetLearningPathProgress: 200, 400 and 404", async () => {
    const u = user(4);
    await send("resetCourseProgress", `/users/${u.id}/resetProgress`, {
      userId: u.id,
      slug: "onboarding-101",
      resetProgress: true,
      revokeAccess: false,
    });
    await send("resetCourseProgress", `/users/${u.id}/resetProgress`, {
      slug: "onboarding-101",
      revokeAccess: true,
      eraseTranscript: true,
    });
    expect(
      (
        await send(
          "resetCourseProgress",
          `/users/${u.id}/resetProgress`,
          { revokeAccess: true },
          { invalid: true },
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await send("resetCourseProgress", `/users/${u.id}/resetProgress`, {
          slug: "nope",
          revokeAccess: true,
        })
      ).status,
    ).toBe(404);
    const lp = `/users/${u.id}/resetLearningPathProgress`;
    await send("resetLearningPathProgress", lp, {
      userId: u.id,
      slug: "lp-onboarding",
      resetProgress: true,
      revokeAccess: false,
    });
    expect(
      (
        await send(
          "resetLearningPathProgress",
          lp,
          { slug: "lp-onboarding", revokeAccess: false },
          { invalid: true },
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await send("resetLearningPathProgress", "/users/nobody/resetLearningPathProgress", {
          userId: u.id,
          slug: "x",
          revokeAccess: false,
        })
      ).status,
    ).toBe(404);
  });

  it("getUserZendeskContent: 200 for every user, 400 and 404", async () => {
    for (const u of server.state.users.slice(0, 40))
      await send("getUserZendeskContent", `/users/${u.id}/zendeskContent?userId=${u.id}`);
    expect((await send("getUserZendeskContent", `/users/${user().id}/zendeskContent`)).status).toBe(400);
    expect(
      (await send("getUserZendeskContent", `/users/nobody/zendeskContent?userId=${user().id}`)).status,
    ).toBe(404);
  });

  it("recordLearningPathExternalActivity: 200 (empty), 400, 404 and 403", async () => {
    const base = { userId: user().id, learningPathId: server.state.catalog.learningPaths[0]!.id };
    await send("recordLearningPathExternalActivity", "/learningPathExternalActivity", {
      ...base,
      status: "completed",
      completionDate: "2024-11-15T00:00:00.000Z",
    });
    await send("recordLearningPathExternalActivity", "/learningPathExternalActivity", {
      ...base,
      status: "started",
      timeStampDate: "2024-11-15T00:00:00.000Z",
    });
    const bad = { ...base, status: "started", completionDate: "2024-11-15T00:00:00.000Z" };
    expect(
      (
        await send("recordLearningPathExternalActivity", "/learningPathExternalActivity", bad, {
          invalid: true,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await send("recordLearningPathExternalActivity", "/learningPathExternalActivity", {
          ...base,
          userId: "nobody",
        })
      ).status,
    ).toBe(404);
    settle({ externalActivity: false });
    expect(
      (await send("recordLearningPathExternalActivity", "/learningPathExternalActivity", base)).status,
    ).toBe(403);
    settle({ externalActivity: true });
  });

  it.each(FEEDS)("events/%s: every window (flat), every cursor page (envelope), and 400", async (feed) => {
    const operationId = [...validator.operations].find(([, op]) => op.path === `/events/${feed}`)![0];
    let seen = 0;
    for (let query = "startDate=0", i = 0; i < 20; i++) {
      const { body } = await send(operationId, `/events/${feed}?${query}`);
      if (!body.events.length) break;
      seen += body.events.length;
      query = `startDate=0&endDate=${Date.parse(body.events.at(-1).timestamp) - 1}`;
    }
    expect(seen).toBeGreaterThan(300);
    settle({ shape: "envelope" });
    for (let query = "startDate=2020-01-01T00:00:00.000Z", i = 0; i < 20; i++) {
      const { pageInfo } = (await send(operationId, `/events/${feed}?${query}`)).body.data.APIEvents;
      if (!pageInfo.hasMore) break;
      query = `startDate=2020-01-01T00:00:00.000Z&cursor=${pageInfo.cursor}`;
    }
    settle({ shape: "flat" });
    expect((await send(operationId, `/events/${feed}?endDate=tomorrow`)).status).toBe(400);
  });

  it("answers 429 on every operation once over budget, and injected 5xx in the error envelope", async () => {
    const limited = await startFakeServer("thought-industries", {
      users: 3,
      rateLimit: { requests: 1, perSeconds: 60 },
    });
    try {
      await send("ping", "/ping", undefined, { on: limited });
      for (const [operationId, { path }] of validator.operations) {
        const target = path.replace("{id}", limited.state.users[0]!.id);
        expect((await send(operationId, target, undefined, { on: limited })).status).toBe(429);
      }
      limited.setFaults(["500", "503", "502", "504"]);
      for (const id of ["getUser", "createUser", "listLoginEvents", "ping"]) {
        const { path } = validator.operations.get(id)!;
        const { status } = await send(id, path.replace("{id}", "x"), undefined, { on: limited });
        expect(status).toBeGreaterThanOrEqual(500);
      }
    } finally {
      await limited.close();
    }
  });

  it("exercised every operation with a 2xx, and every error status", () => {
    expect([...validator.operations.keys()].filter((id) => !ok.has(id))).toEqual([]);
    for (const status of [400, 401, 403, 404, 409, 422, 429, 500, 503]) expect(statuses).toContain(status);
  });
});
