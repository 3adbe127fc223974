import { afterEach, describe, expect, it } from "vitest";
import { startFakeServer, type FakeServer, type FakeServerOptions } from "../../src/index";
import {
  ENTERPRISE_PLAN,
  type ThoughtIndustriesAuth,
  type ThoughtIndustriesState,
  type TiEvent,
  type TiUser,
} from "../../src/providers/thought-industries";

type Server = FakeServer<ThoughtIndustriesState, ThoughtIndustriesAuth>;

const open: Server[] = [];
afterEach(async () => void (await Promise.all(open.splice(0).map((s) => s.close()))));

async function start(options: FakeServerOptions<ThoughtIndustriesAuth> = {}): Promise<Server> {
  const server = await startFakeServer("thought-industries", options);
  open.push(server);
  return server;
}

async function send(server: Server, method: string, path: string, body?: unknown, key = server.auth.apiKey) {
  const res = await fetch(server.url + path, {
    method,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: body === undefined ? undefined : typeof body == "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined, text };
}
const get = (server: Server, path: string) => send(server, "GET", path);

/** Follows `/users` the way the spec says: cursor when given, else page = currentPage + 1. */
async function walkUsers(server: Server, query = "") {
  const ids: string[] = [];
  const pages: any[] = [];
  let next = query;
  for (let i = 0; i < 100; i++) {
    const { body } = await get(server, `/users${next ? `?${next}` : ""}`);
    const page = body.data?.APIUsers ?? body;
    pages.push(page);
    ids.push(...page.users.map((u: TiUser) => u.id));
    if (!page.users.length || page.pageInfo.hasMore === false) break;
    const base = new URLSearchParams(query);
    if (page.pageInfo.cursor) base.set("cursor", page.pageInfo.cursor);
    else base.set("page", String(page.pageInfo.currentPage + 1));
    next = base.toString();
  }
  return { ids, pages };
}

describe("thought-industries fake: auth", () => {
  it("answers 401 with an empty body without a key, with a wrong key or another scheme", async () => {
    const server = await start({ users: 2 });
    for (const headers of [
      {} as Record<string, string>,
      { authorization: "Bearer ti_wrong" },
      { authorization: `Basic ${server.auth.apiKey}` },
    ]) {
      const res = await fetch(`${server.url}/ping`, { headers });
      expect(res.status).toBe(401);
      expect(await res.text()).toBe("");
    }
    expect(await get(server, "/ping")).toMatchObject({ status: 200, body: { valid: true } });
    expect(JSON.stringify(server.requests)).not.toContain(server.auth.apiKey);
  });
});

describe("thought-industries fake: GET /users", () => {
  it("walks the flat shape by cursor; the last page has hasMore false and no cursor", async () => {
    const server = await start({ users: 120 });
    const { ids, pages } = await walkUsers(server);
    expect(ids).toEqual(server.state.users.map((u) => u.id));
    expect(pages.map((p) => p.users.length)).toEqual([50, 50, 20]);
    expect(pages[0].pageInfo).toEqual({ hasMore: true, cursor: expect.any(String) });
    expect(pages[2].pageInfo).toEqual({ hasMore: false });
  });

  it("walks by page number (1-based, page 0 read as 1) when paging is 'page'", async () => {
    const server = await start({ users: 120 });
    server.state.settings.paging = "page";
    const { ids, pages } = await walkUsers(server);
    expect(ids).toEqual(server.state.users.map((u) => u.id));
    expect(pages.map((p) => p.pageInfo)).toEqual([
      { perPage: 50, currentPage: 1, hasMore: true },
      { perPage: 50, currentPage: 2, hasMore: true },
      { perPage: 50, currentPage: 3, hasMore: false },
    ]);
    expect((await get(server, "/users?page=0")).body.pageInfo.currentPage).toBe(1);
  });

  it.each(["cursor", "page"] as const)("answers in the documented envelope (%s paging)", async (paging) => {
    const server = await start({ users: 60 });
    Object.assign(server.state.settings, { shape: "envelope", paging });
    const { ids, pages } = await walkUsers(server);
    expect(ids).toEqual(server.state.users.map((u) => u.id));
    expect(pages[0].pageInfo).toMatchObject({ perPage: 50, currentPage: 1, total: 60, hasMore: true });
    expect("cursor" in pages[0].pageInfo).toBe(paging == "cursor");
    const buckets = pages[0].aggregations[0].buckets;
    expect(buckets.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(60);
  });

  it("with end 'empty-page', says hasMore on every page and ends the list with an empty one", async () => {
    const server = await start({ users: 100 });
    server.state.settings.end = "empty-page";
    const { ids, pages } = await walkUsers(server);
    expect(ids).toHaveLength(100);
    expect(pages.map((p) => [p.users.length, p.pageInfo.hasMore])).toEqual([
      [50, true],
      [50, true],
      [0, true],
    ]);
  });

  it("filters by role and binds the cursor to the filter", async () => {
    const server = await start({ users: 200 });
    const admins = server.state.users.filter((u) => u.roleKey === "admin").map((u) => u.id);
    expect((await walkUsers(server, "role=admin")).ids).toEqual(admins);
    const learners = await get(server, "/users?role=learner");
    const cursor = learners.body.pageInfo.cursor as string;
    expect(await get(server, `/users?role=admin&cursor=${cursor}`)).toMatchObject({
      status: 400,
      body: { errors: ["cursor is invalid or was issued for another query"] },
    });
  });

  it.each([
    ["role=", "role must not be empty"],
    ["cursor=bm9wZQ", "cursor is invalid or was issued for another query"],
    ["page=-1", "page must be between 0 and 9007199254740991, got -1"],
    ["page=two", 'page must be an integer, got "two"'],
  ])("refuses %s with 400 {errors: [...]}", async (query, message) => {
    const server = await start({ users: 3 });
    expect(await get(server, `/users?${query}`)).toMatchObject({ status: 400, body: { errors: [message] } });
  });
});

const HOSTILE = ["../admin", "a/b?c=d#e", "%2e%2e", "Zoë/東京+1@example.com", "li.wei+ti@example.com"];

describe("thought-industries fake: GET /users/{id}", () => {
  it("finds a user by id, e-mail (any case) or external id", async () => {
    const server = await start({ users: 10 });
    const user = server.state.users.find((u) => typeof u.externalCustomerId == "string")!;
    for (const ref of [user.id, user.email, user.email.toUpperCase(), user.externalCustomerId as string]) {
      const res = await get(server, `/users/${encodeURIComponent(ref)}`);
      expect(res.body, ref).toMatchObject({ id: user.id, email: user.email });
    }
  });

  it.each(HOSTILE)("looks up %s as one segment decoded once", async (ref) => {
    const user: TiUser = {
      id: "5b0f6d1e-2c3a-4e7b-9a51-1f2e3d4c5b6a",
      email: "x@example.com",
      externalCustomerId: ref,
    };
    const server = await start({ records: [user] });
    expect((await get(server, `/users/${encodeURIComponent(ref)}`)).body).toMatchObject({ id: user.id });
    expect(server.requests[0]!.route).toBe("/users/{id}");
  });

  it("answers 404 {errors: [{message}]}, and the documented envelope when asked", async () => {
    const server = await start({ users: 3 });
    expect(await get(server, "/users/nobody")).toMatchObject({
      status: 404,
      body: { errors: [{ message: "User not found" }] },
    });
    server.state.settings.shape = "envelope";
    const { body } = await get(server, `/users/${server.state.users[0]!.id}`);
    expect(body.data.UserById.id).toBe(server.state.users[0]!.id);
  });
});

describe("thought-industries fake: user writes", () => {
  it("creates (201), refuses a duplicate e-mail (409) and upserts (200)", async () => {
    const server = await start({ users: 0 });
    const created = await send(server, "POST", "/users", {
      email: "new.hire@example.com",
      firstName: "Nia",
      sendInvite: true,
      courseSlugs: ["onboarding-101"],
    });
    expect(created).toMatchObject({
      status: 201,
      body: { email: "new.hire@example.com", name: "Nia", roleKey: "learner" },
    });
    expect(created.body.purchasedCourses).toHaveLength(1);
    const dup = await send(server, "POST", "/users", { email: "NEW.HIRE@example.com" });
    expect(dup).toMatchObject({
      status: 409,
      body: { errors: [{ message: "A user with that email already exists" }] },
    });
    const upsert = await send(server, "POST", "/users", {
      email: "new.hire@example.com",
      upsert: true,
      studentLicenseSkus: ["LIC-GOLD"],
    });
    expect(upsert).toMatchObject({ status: 200, body: { id: created.body.id, firstName: "Nia" } });
    expect(upsert.body.allocatedLicenses).toEqual([
      { license: expect.objectContaining({ sku: "LIC-GOLD" }), licenseRole: "student" },
    ]);
    expect(server.state.users).toHaveLength(1);
    expect((await get(server, "/users")).body.users.map((u: TiUser) => u.id)).toEqual([created.body.id]);
    expect((await get(server, "/users/NEW.HIRE%40example.com")).body.allocatedLicenses).toHaveLength(1);
    expect(server.ledger.effects.map((e) => `${e.kind}:${e.key}`)).toEqual([
      "create:new.hire@example.com",
      "invite:new.hire@example.com",
      "upsert:new.hire@example.com",
    ]);
  });

  it.each([
    ["{not json", 400, "Invalid JSON body"],
    [{ firstName: "A" }, 422, "email is required"],
    [{ email: "x@example.com", studentLicenseSkus: ["NOPE"] }, 422, "license not found: NOPE"],
    [{ email: "x@example.com", firstName: 3 }, 400, "firstName must be a string"],
    [{ email: "not-an-address" }, 400, "email is not a valid e-mail address"],
  ])("refuses the create body %j with %i", async (body, status, message) => {
    const server = await start({ users: 1 });
    expect(await send(server, "POST", "/users", body)).toMatchObject({ status, body: { errors: [message] } });
    expect(server.state.users).toHaveLength(1);
  });

  it("updates only the fields sent; replaceLicenseAccess replaces licences, else they merge", async () => {
    const server = await start({ users: 2 });
    const [a, b] = server.state.users as [TiUser, TiUser];
    const path = `/users/${encodeURIComponent(a.email)}`;
    await send(server, "PUT", path, { studentLicenseSkus: ["LIC-GOLD"] });
    const renamed = await send(server, "PUT", path, {
      firstName: "Ana Maria",
      managerLicenseSkus: ["LIC-SILVER"],
    });
    expect(renamed.body).toMatchObject({ id: a.id, firstName: "Ana Maria", email: a.email });
    expect(renamed.body.allocatedLicenses).toHaveLength(2);
    const replaced = await send(server, "PUT", path, {
      studentLicenseSkus: ["LIC-BRONZE"],
      replaceLicenseAccess: true,
    });
    expect(replaced.body.allocatedLicenses.map((l: any) => l.license.sku)).toEqual(["LIC-BRONZE"]);
    expect(await send(server, "PUT", path, { email: b.email })).toMatchObject({ status: 409 });
    expect(await send(server, "PUT", "/users/nobody", { firstName: "X" })).toMatchObject({ status: 404 });
  });

  it("enables and disables by external id or e-mail, a paired account too", async () => {
    const server = await start({ users: 3 });
    const [a, b] = server.state.users as [TiUser, TiUser];
    a.externalCustomerId = "CRM-1001";
    a.managerUserId = b.id;
    const off = await send(server, "PUT", "/users/CRM-1001/updateStatus", { status: "disabled" });
    expect(off).toMatchObject({ status: 200, body: { status: "disabled" } });
    expect([a.disabled, b.disabled]).toEqual([true, true]);
    await send(server, "PUT", `/users/${encodeURIComponent(a.email)}/updateStatus`, { status: "active" });
    expect(a.disabled).toBe(false);
    expect(await send(server, "PUT", "/users/CRM-1001/updateStatus", { status: "archived" })).toMatchObject({
      status: 400,
      body: { errors: ["status must be 'active' or 'disabled'"] },
    });
  });
});

describe("thought-industries fake: progress, Zendesk content and external activity", () => {
  it("resets course and learning-path progress, checking the redundant userId", async () => {
    const server = await start({ users: 1 });
    const user = server.state.users[0]!;
    await send(server, "PUT", `/users/${user.id}`, { courseSlugs: ["onboarding-101"] });
    const ok = await send(server, "POST", `/users/${user.id}/resetProgress`, {
      slug: "onboarding-101",
      revokeAccess: true,
    });
    expect(ok).toMatchObject({ status: 200, body: { data: { ResetUserCourseProgress: true } } });
    const course = server.state.catalog.courses[0]!;
    expect((user.purchasedCourses as any[]).some((p) => p.courseId === course.id)).toBe(false);
    const path = `/users/${user.id}/resetLearningPathProgress`;
    expect(await send(server, "POST", path, { slug: "lp-onboarding", revokeAccess: false })).toMatchObject({
      status: 400,
      body: { errors: ["userId is required"] },
    });
    const lp = await send(server, "POST", path, {
      userId: user.id,
      slug: "lp-onboarding",
      revokeAccess: false,
      resetProgress: true,
    });
    expect(lp.body).toEqual({ data: { ResetUserLearningPathProgress: true } });
    expect(
      await send(server, "POST", `/users/${user.id}/resetProgress`, { revokeAccess: true }),
    ).toMatchObject({
      status: 400,
      body: { errors: ["slug is required"] },
    });
    expect(
      (await send(server, "POST", `/users/${user.id}/resetProgress`, { slug: "nope", revokeAccess: true }))
        .status,
    ).toBe(404);
  });

  it("lists Zendesk content in the documented envelope; userId is required and must match", async () => {
    const server = await start({ users: 2 });
    const [a, b] = server.state.users as [TiUser, TiUser];
    const { body } = await get(server, `/users/${a.id}/zendeskContent?userId=${a.id}`);
    expect(body.data.ZendeskContentsByUserId).toHaveLength((a.purchasedCourses as unknown[]).length);
    expect((await get(server, `/users/${a.id}/zendeskContent`)).body).toEqual({
      errors: ["userId is required"],
    });
    expect((await get(server, `/users/${a.id}/zendeskContent?userId=${b.id}`)).status).toBe(400);
  });

  it("records external activity (200, empty body) under the documented date rules and feature flag", async () => {
    const server = await start({ users: 1 });
    const userId = server.state.users[0]!.id;
    const learningPathId = server.state.catalog.learningPaths[0]!.id;
    const done = await send(server, "POST", "/learningPathExternalActivity", {
      userId,
      learningPathId,
      completionDate: "2024-11-15T00:00:00.000Z",
    });
    expect(done).toMatchObject({ status: 200, text: "" });
    expect(server.state.externalActivity).toEqual([
      { userId, learningPathId, status: "completed", date: "2024-11-15T00:00:00.000Z" },
    ]);
    const bad = await send(server, "POST", "/learningPathExternalActivity", {
      userId,
      learningPathId,
      status: "started",
      completionDate: "2024-11-15T00:00:00.000Z",
    });
    expect(bad).toMatchObject({
      status: 400,
      body: { errors: ["completion date cannot be passed with non-completed status"] },
    });
    server.state.settings.externalActivity = false;
    expect(
      await send(server, "POST", "/learningPathExternalActivity", { userId, learningPathId }),
    ).toMatchObject({
      status: 403,
      body: { errors: ["externalActivity feature is not enabled"] },
    });
  });
});

const ms = (e: TiEvent) => Date.parse(e.timestamp);

/** `count` events, newest first, one second apart, except that `shared` indexes repeat the previous millisecond. */
function events(count: number, shared: number[] = []): TiEvent[] {
  let at = Date.parse("2024-11-20T18:00:00.000Z");
  return Array.from({ length: count }, (_, i) => {
    if (i > 0 && !shared.includes(i)) at -= 1000;
    return { id: `ev_${String(i).padStart(4, "0")}`, timestamp: new Date(at).toISOString() };
  });
}

/** The production walk: endDate = the last event's timestamp in ms, minus 1, until an empty page. */
async function slideMinusOne(server: Server, feed: string) {
  const seen: string[] = [];
  let query = "startDate=0";
  for (let i = 0; i < 50; i++) {
    const list: TiEvent[] = (await get(server, `/events/${feed}?${query}`)).body.events;
    if (!list.length) break;
    seen.push(...list.map((e) => e.id));
    query = `startDate=0&endDate=${ms(list.at(-1)!) - 1}`;
  }
  return seen;
}

describe("thought-industries fake: event feeds", () => {
  it("answers newest first, at most 100 per call, in {events}", async () => {
    const server = await start({ users: 100 });
    const { body } = await get(server, "/events/courseAction");
    const stamps = body.events.map(ms);
    expect(body.events).toHaveLength(100);
    expect(stamps).toEqual([...stamps].sort((a: number, b: number) => b - a));
    expect(body.events).toEqual(server.state.events.courseAction.slice(0, 100));
  });

  it("generates bulk events that share a millisecond", async () => {
    const server = await start({ users: 50 });
    const feed = server.state.events.login;
    expect(feed.some((e, i) => i > 0 && e.timestamp === feed[i - 1]!.timestamp)).toBe(true);
  });

  it("filters by an inclusive window given in epoch ms or ISO 8601", async () => {
    const server = await start({ records: { users: [], events: { courseView: events(10, [4]) } } });
    const at = server.state.events.courseView[3]!.timestamp;
    const byMs = await get(
      server,
      `/events/courseView?startDate=${Date.parse(at)}&endDate=${Date.parse(at)}`,
    );
    expect(byMs.body.events.map((e: TiEvent) => e.id)).toEqual(["ev_0003", "ev_0004"]);
    const byIso = await get(server, `/events/courseView?startDate=${at}&endDate=${at}`);
    expect(byIso.body).toEqual(byMs.body);
    expect(
      (await get(server, `/events/courseView?startDate=${Date.parse(at) + 1}&endDate=${Date.parse(at)}`))
        .body,
    ).toEqual({ events: [] });
  });

  it.each([
    ["startDate=yesterday", "startDate must be epoch milliseconds or an ISO 8601 timestamp"],
    ["endDate=2024-13-45", "endDate must be epoch milliseconds or an ISO 8601 timestamp"],
    ["userId=abc", "userId must be a UUID"],
    ["kind=", "kind must not be empty"],
    ["cursor=abc", "cursor is invalid or was issued for another query"],
  ])("refuses %s with 400", async (query, message) => {
    const server = await start({ users: 2 });
    expect(await get(server, `/events/courseAction?${query}`)).toMatchObject({
      status: 400,
      body: { errors: [message] },
    });
  });

  it("filters by userId, notifiableId and kind", async () => {
    const server = await start({ users: 20 });
    const e = server.state.events.courseAction.find((x) => x.event === "completed")!;
    const userId = (e.userDetail as { id: string }).id;
    const mine = (
      await get(server, `/events/courseAction?userId=${userId}&kind=completed&notifiableId=${e.notifiableId}`)
    ).body.events;
    expect(mine.map((x: TiEvent) => x.id)).toContain(e.id);
    for (const x of mine)
      expect([x.userDetail.id, x.event, x.notifiableId]).toEqual([userId, "completed", e.notifiableId]);
  });

  it("exposes the production walk (endDate = last - 1) losing events that share a boundary millisecond", async () => {
    // 99/100 share a millisecond across the end of call 1; call 2 then holds 101–200, and 200/201 share one too
    const feed = events(250, [100, 201]);
    const server = await start({ records: { users: [], events: { login: feed } } });
    const seen = await slideMinusOne(server, "login");
    expect(new Set(seen).size).toBe(seen.length);
    expect(feed.map((e) => e.id).filter((id) => !seen.includes(id))).toEqual(["ev_0100", "ev_0201"]);
  });

  it("pages the documented envelope by cursor within the window", async () => {
    const server = await start({ users: 70 });
    server.state.settings.shape = "envelope";
    const ids: string[] = [];
    let query = "startDate=0";
    for (let i = 0; i < 10; i++) {
      const page = (await get(server, `/events/visit?${query}`)).body.data.APIEvents;
      expect(page.pageInfo).toMatchObject({ perPage: 100, total: 210 });
      ids.push(...page.events.map((e: TiEvent) => e.id));
      if (!page.pageInfo.hasMore) break;
      query = `startDate=0&cursor=${page.pageInfo.cursor}`;
    }
    expect(ids).toEqual(server.state.events.visit.map((e) => e.id));
  });
});

describe("thought-industries fake: rate limits", () => {
  it("sends X-RateLimit-* from the standard budget, the reset in Unix seconds", async () => {
    const server = await start({ users: 1 });
    const { headers } = await get(server, "/ping");
    expect(headers.get("x-ratelimit-limit")).toBe("120");
    expect(headers.get("x-ratelimit-remaining")).toBe("119");
    const reset = Number(headers.get("x-ratelimit-reset"));
    expect(reset - Date.now() / 1000).toBeGreaterThan(50);
    expect(reset - Date.now() / 1000).toBeLessThan(62);
  });

  it("answers 429 with the documented body and a matching Retry-After", async () => {
    const server = await start({ users: 1, rateLimit: { requests: 2, perSeconds: 60 } });
    await get(server, "/ping");
    await get(server, "/ping");
    const res = await get(server, "/ping");
    expect(res.status).toBe(429);
    expect(res.body).toEqual({
      error: "rate_limit_exceeded",
      message: expect.stringMatching(/^Request rate limit reached/),
      retryAfter: expect.any(Number),
    });
    expect(res.headers.get("retry-after")).toBe(String(res.body.retryAfter));
    expect(res.headers.get("x-ratelimit-remaining")).toBe("0");
  });

  it("takes the enterprise budget as an option", async () => {
    const server = await start({ users: 1, rateLimit: ENTERPRISE_PLAN });
    expect((await get(server, "/ping")).headers.get("x-ratelimit-limit")).toBe("600");
  });

  it("limits POST/PUT users to 60 a minute inside the plan quota", async () => {
    const server = await start({ users: 1, rateLimit: ENTERPRISE_PLAN });
    const path = `/users/${server.state.users[0]!.id}/updateStatus`;
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++)
      statuses.push((await send(server, "PUT", path, { status: "active" })).status);
    expect(statuses.filter((s) => s == 200)).toHaveLength(60);
    expect(statuses.at(-1)).toBe(429);
    expect((await get(server, "/ping")).status).toBe(200);
  });

  it("uses the documented bodies for injected 429 and 503 faults", async () => {
    const server = await start({ users: 1, faults: ["429", "503"], retryAfterSeconds: 7 });
    const limited = await get(server, "/ping");
    expect(limited).toMatchObject({ status: 429, body: { error: "rate_limit_exceeded", retryAfter: 7 } });
    expect(limited.headers.get("retry-after")).toBe("7");
    expect(await get(server, "/ping")).toMatchObject({ status: 503, body: { error: "service_unavailable" } });
  });
});

describe("thought-industries fake: routing and determinism", () => {
  it("answers unknown paths 404 and other methods 405 in the error envelope", async () => {
    const server = await start({ users: 1 });
    expect(await get(server, "/nope")).toMatchObject({
      status: 404,
      body: { errors: [{ message: expect.any(String) }] },
    });
    const res = await send(server, "DELETE", `/users/${server.state.users[0]!.id}`);
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, PUT");
  });

  it("builds the same data from the same seed, other data from another", async () => {
    const [a, b, c] = await Promise.all([
      start({ seed: 7, users: 30 }),
      start({ seed: 7, users: 30 }),
      start({ seed: 8, users: 30 }),
    ]);
    expect(JSON.stringify(a.state)).toBe(JSON.stringify(b.state));
    expect(a.state.users[0]!.id).not.toBe(c.state.users[0]!.id);
    expect(a.state.events.courseAction).toHaveLength(90);
  });

  // How fast the fake builds its users is measured by `pnpm bench`, not bounded here: a timed bound
  // fails on a loaded machine without saying anything about the fake.
  it("builds 10,000 users", async () => {
    const server = await start({ users: 10_000 });
    expect(server.state.users).toHaveLength(10_000);
    expect(new Set(server.state.users.map((user) => user.id)).size).toBe(10_000);
  });
});
