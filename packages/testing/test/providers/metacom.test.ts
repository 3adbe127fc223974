import { afterEach, describe, expect, it } from "vitest";
import { startFakeServer, type FakeServer, type FakeServerOptions } from "../../src/index";
import type { MetacomAuth, MetacomState } from "../../src/providers/metacom";

type Server = FakeServer<MetacomState, MetacomAuth>;
const open: Server[] = [];
afterEach(async () => void (await Promise.all(open.splice(0).map((s) => s.close()))));

async function start(options: FakeServerOptions<MetacomAuth> = {}): Promise<Server> {
  const server = await startFakeServer("metacom", options);
  open.push(server);
  return server;
}

/** A request with the fake's credentials unless `headers` replaces them. */
async function send(
  server: Server,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const headers = init.headers ?? {
    authorization: `Bearer ${server.auth.token}`,
    "environment-id": server.auth.environmentId,
  };
  const response = await fetch(server.url + path, {
    method: init.method ?? "GET",
    headers: { ...headers, ...(init.body !== undefined && { "content-type": "application/json" }) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

const validation = (description: string) => ({
  status: "error",
  error: "validation_error",
  description,
  message: "Invalid request",
});

/** Follows `next` from `first` and returns every page's body. */
async function walk(server: Server, first: string) {
  const pages: any[] = [];
  for (let path: string | undefined = first; path;) {
    const { status, body } = await send(server, path);
    expect(status).toBe(200);
    pages.push(body);
    path = body.pagination.next ? `/users?${body.pagination.next}` : undefined;
  }
  return pages;
}

describe("metacom fake: GET /users", () => {
  it("pages by `limit` and `after`, with `next` as a bare query string", async () => {
    const server = await start({ users: 25 });
    const [first, second, ...rest] = await walk(server, "/users");
    expect(rest).toEqual([]);
    expect(first.data).toHaveLength(20); // the inferred default
    expect(first.pagination).toEqual({
      hasPrevious: false,
      hasNext: true,
      next: `limit=20&after=${first.data[19]._id}`,
    });
    expect(second.data).toHaveLength(5);
    expect(second.pagination).toEqual({ hasPrevious: true, hasNext: false }); // `next` left out on the last page
  });

  it.each([1, 2, 7, 25, 100])("delivers every user once, in `_id` order, with limit=%i", async (limit) => {
    const server = await start({ users: 25, seed: 3 });
    const pages = await walk(server, `/users?limit=${limit}`);
    const ids = pages.flatMap((p) => p.data.map((u: { _id: string }) => u._id));
    expect(ids).toEqual(server.state.users.map((u) => u._id));
    expect(pages).toHaveLength(Math.ceil(25 / limit));
    for (const page of pages.slice(0, -1))
      expect(page.pagination.next).toMatch(new RegExp(`^limit=${limit}&after=[0-9a-f]{24}$`));
  });

  it("serves ascending ObjectId-like ids whose timestamps are the creation times", async () => {
    const { state } = await start({ users: 50, seed: 9 });
    const ids = state.users.map((u) => u._id);
    expect(ids.every((id) => /^[0-9a-f]{24}$/.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(50);
    for (const u of state.users)
      expect(parseInt(u._id.slice(0, 8), 16)).toBe(Math.floor(Date.parse(u._createdOn) / 1000));
  });

  it("lists `_id`, `username`, `profile` and `_createdOn` of each user", async () => {
    const server = await start({ users: 3 });
    const { body } = await send(server, "/users");
    expect(Object.keys(body.data[0]).sort()).toEqual(["_createdOn", "_id", "profile", "username"]);
    expect(body.data[0].profile.environments.acme_prod).toHaveProperty("active");
  });

  it("sends `next: null` on the last page when that variant is on", async () => {
    const server = await start({ users: 2 });
    server.state.variants.lastPageNext = "null";
    const { body } = await send(server, "/users?limit=2");
    expect(body.pagination).toEqual({ hasPrevious: false, hasNext: false, next: null });
  });

  it("answers an empty environment with an empty last page", async () => {
    const server = await start({ users: 0 });
    expect((await send(server, "/users")).body).toEqual({
      status: "ok",
      data: [],
      pagination: { hasPrevious: false, hasNext: false },
    });
  });

  it.each([
    ["limit=abc", '"limit" must be a number'],
    ["limit=", '"limit" must be a number'],
    ["limit=1.5", '"limit" must be an integer'],
    ["limit=0", '"limit" must be greater than or equal to 1'],
    ["limit=101", '"limit" must be less than or equal to 100'],
    ["limit=1&limit=2", '"limit" must be a number'],
    ["after=000000000000000000000000", '"after" must be the _id of a user of this environment'],
    ["after=", '"after" is not allowed to be empty'],
    ["cursor=abc", '"cursor" is not allowed'],
  ])("refuses %s with a 400 validation_error", async (query, detail) => {
    const server = await start({ users: 3 });
    expect(await send(server, `/users?${query}`)).toMatchObject({
      status: 400,
      body: validation(`Query error: ${detail}`),
    });
  });

  it("sees users added to the state (kept in `_id` order)", async () => {
    const server = await start({ users: 2 });
    server.state.users.push({
      _id: "ffffffffffffffffffffffff",
      username: "late@example.com",
      profile: {},
      _createdOn: "2030-01-01T00:00:00.000Z",
    });
    const pages = await walk(server, "/users?limit=2");
    expect(pages.flatMap((p) => p.data).at(-1)._id).toBe("ffffffffffffffffffffffff");
  });
});

describe("metacom fake: credentials", () => {
  const unauthorized = {
    status: "error",
    error: "unauthorized",
    description: "Invalid or expired token",
    message: "Unauthorized",
  };

  it.each([
    ["no token", { "environment-id": "acme_prod" }],
    ["a wrong token", { authorization: "Bearer mc_lt_wrong", "environment-id": "acme_prod" }],
    ["a token without Bearer", { authorization: "mc_lt_3f9c2a7e1b", "environment-id": "acme_prod" }],
  ])("answers %s with 401 unauthorized", async (_, headers) => {
    const server = await start();
    expect(await send(server, "/usage-statistics/active-users", { headers })).toMatchObject({
      status: 401,
      body: unauthorized,
    });
    expect(server.ledger.effects).toEqual([]);
  });

  it("answers a missing environment-id with Joi's 400", async () => {
    const server = await start();
    const result = await send(server, "/users", {
      headers: { authorization: `Bearer ${server.auth.token}` },
    });
    expect(result).toMatchObject({
      status: 400,
      body: validation('Headers error: "environment-id" is required'),
    });
  });

  it("answers another environment with 403 forbidden", async () => {
    const server = await start();
    const result = await send(server, "/users", {
      headers: { authorization: `Bearer ${server.auth.token}`, "environment-id": "other" },
    });
    expect(result).toMatchObject({
      status: 403,
      body: { status: "error", error: "forbidden", message: "Forbidden" },
    });
  });

  it("accepts the credentials given in `auth` and keeps both out of the ledger", async () => {
    const server = await start({ auth: { token: "mc_lt_custom_0001", environmentId: "beta_env" } });
    expect((await send(server, "/users?limit=1")).status).toBe(200);
    const { headers } = server.requests[0]!;
    expect(headers.authorization).toBe("[redacted]");
    expect(headers["environment-id"]).toBe("[redacted]");
    expect(JSON.stringify(server.requests)).not.toContain("mc_lt_custom_0001");
    expect(server.state.users[0]!.profile.environments).toHaveProperty("beta_env");
  });
});

describe("metacom fake: one user", () => {
  it("serves `data` as the docs' one-element array, or as an object", async () => {
    const server = await start({ users: 3 });
    const user = server.state.users[1]!;
    expect((await send(server, `/users/${user._id}`)).body).toEqual({ status: "ok", data: [user] });
    server.state.variants.userData = "object";
    expect((await send(server, `/users/${user._id}`)).body).toEqual({ status: "ok", data: user });
  });

  it("answers an unknown id with 404 not_found", async () => {
    const server = await start({ users: 1 });
    const notFound = {
      status: "error",
      error: "not_found",
      description: "User not found",
      message: "Not found",
    };
    expect(await send(server, "/users/6830ffffffffffffffffffff")).toMatchObject({
      status: 404,
      body: notFound,
    });
    expect(await send(server, "/users/6830ffffffffffffffffffff/reference-data")).toMatchObject({
      status: 404,
      body: notFound,
    });
  });

  it("looks a user up by the path segment decoded once (legacy and odd ids from `records`)", async () => {
    const records = [
      {
        _id: "1YNEXKYkPnqk52Fzf",
        username: "admin",
        profile: { environments: {} },
        _createdOn: "2019-02-12T14:06:35.062Z",
      },
      { _id: "../a b", username: "odd", profile: {} },
    ];
    const server = await start({ records });
    expect((await send(server, "/users/1YNEXKYkPnqk52Fzf")).body.data[0].username).toBe("admin");
    expect((await send(server, `/users/${encodeURIComponent("../a b")}`)).body.data[0].username).toBe("odd");
  });

  it("serves reference data, `{}` for a user without any", async () => {
    const server = await start({ users: 10 });
    const [withData, without] = [true, false].map((has) =>
      server.state.users.find((u) => has === u._id in server.state.referenceData)!,
    );
    expect((await send(server, `/users/${withData!._id}/reference-data`)).body.data).toEqual(
      server.state.referenceData[withData!._id],
    );
    expect((await send(server, `/users/${without!._id}/reference-data`)).body).toEqual({
      status: "ok",
      data: {},
    });
  });

  it("counts the users active in the environment, following the state", async () => {
    const server = await start({ users: 40 });
    const active = () => server.state.users.filter((u) => u.profile.environments!.acme_prod!.active).length;
    expect((await send(server, "/usage-statistics/active-users")).body).toEqual({
      status: "ok",
      data: { activeUsers: active() },
    });
    server.state.users[0]!.profile.environments!.acme_prod!.active =
      !server.state.users[0]!.profile.environments!.acme_prod!.active;
    expect((await send(server, "/usage-statistics/active-users")).body.data.activeUsers).toBe(active());
  });
});

describe("metacom fake: long-lived tokens", () => {
  it("mints a new token on every call, records each, and accepts it afterwards as its user", async () => {
    const server = await start({ users: 3 });
    const userId = server.state.users[0]!._id;
    const first = await send(server, `/users/${userId}/long-lived-tokens`, { method: "POST", body: {} });
    const second = await send(server, `/users/${userId}/long-lived-tokens`, {
      method: "POST",
      body: { name: "sync" },
    });
    expect(first).toMatchObject({
      status: 200,
      body: { status: "ok", data: { token: expect.stringMatching(/^mc_lt_[0-9a-f]{24}$/) } },
    });
    expect(second.body.data).toMatchObject({ name: "sync" });
    expect(second.body.data.token).not.toBe(first.body.data.token);
    expect(server.ledger.effectsOf("mint-token")).toEqual([userId, userId]);
    const headers = { authorization: `Bearer ${first.body.data.token}`, "environment-id": "acme_prod" };
    expect((await send(server, "/users?limit=1", { headers })).status).toBe(200);
  });

  it("lets a user mint for themselves but not for others; admins mint for anyone", async () => {
    const server = await start({ users: 3 });
    const [me, other] = server.state.users;
    me!.profile.environments!.acme_prod!.admin = false;
    const mine = (await send(server, `/users/${me!._id}/long-lived-tokens`, { method: "POST", body: {} }))
      .body.data.token;
    const asMe = { authorization: `Bearer ${mine}`, "environment-id": "acme_prod" };
    expect(
      (await send(server, `/users/${me!._id}/long-lived-tokens`, { method: "POST", body: {}, headers: asMe }))
        .status,
    ).toBe(200);
    const refused = await send(server, `/users/${other!._id}/long-lived-tokens`, {
      method: "POST",
      body: {},
      headers: asMe,
    });
    expect(refused).toMatchObject({
      status: 403,
      body: { error: "forbidden", description: "Not allowed to create tokens for this user" },
    });
    me!.profile.environments!.acme_prod!.admin = true;
    expect(
      (
        await send(server, `/users/${other!._id}/long-lived-tokens`, {
          method: "POST",
          body: {},
          headers: asMe,
        })
      ).status,
    ).toBe(200);
  });

  it("refuses an expired token with 401", async () => {
    const server = await start({ users: 1 });
    const userId = server.state.users[0]!._id;
    server.state.tokens.push({
      token: "mc_lt_expired_000",
      userId,
      createdOn: "2024-01-01T00:00:00.000Z",
      expiresAt: "2024-02-01T00:00:00.000Z",
    });
    const headers = { authorization: "Bearer mc_lt_expired_000", "environment-id": "acme_prod" };
    expect((await send(server, "/users", { headers })).status).toBe(401);
  });

  it.each([
    [[], '"value" must be of type object'],
    [{ name: 5 }, '"name" must be a string'],
    [{ expiresAt: "soon" }, '"expiresAt" must be in ISO 8601 date format'],
    [{ expiresAt: "2001-01-01T00:00:00Z" }, '"expiresAt" must be greater than "now"'],
  ])("refuses the body %j with a 400 and mints nothing", async (body, detail) => {
    const server = await start({ users: 1 });
    const result = await send(server, `/users/${server.state.users[0]!._id}/long-lived-tokens`, {
      method: "POST",
      body,
    });
    expect(result).toMatchObject({ status: 400, body: validation(`Body error: ${detail}`) });
    expect(server.state.tokens).toEqual([]);
  });

  it("answers an unknown user with 404 and mints nothing", async () => {
    const server = await start({ users: 1 });
    expect((await send(server, "/users/nobody/long-lived-tokens", { method: "POST", body: {} })).status).toBe(
      404,
    );
    expect(server.ledger.effects).toEqual([]);
  });
});

describe("metacom fake: account recovery", () => {
  it("answers reset-password the same for known and unknown addresses; only a known one sends mail", async () => {
    const server = await start({ users: 3 });
    const user = server.state.users[2]!;
    const known = await send(server, "/auth/reset-password", {
      method: "POST",
      body: { email: user.username.toUpperCase() },
    });
    const unknown = await send(server, "/auth/reset-password", {
      method: "POST",
      body: { email: "nobody@example.com" },
    });
    expect(known).toMatchObject({ status: 200, body: { status: "ok" } });
    expect(unknown.body).toEqual(known.body);
    expect(server.ledger.effectsOf("reset-password")).toEqual([user._id]);
    expect(server.state.passwordResets).toEqual([user._id]);
  });

  it.each([
    [{}, '"email" is required'],
    [{ email: 42 }, '"email" must be a string'],
    [{ email: "not-an-address" }, '"email" must be a valid email'],
  ])("refuses the reset-password body %j with a 400", async (body, detail) => {
    const server = await start();
    expect(await send(server, "/auth/reset-password", { method: "POST", body })).toMatchObject({
      status: 400,
      body: validation(`Body error: ${detail}`),
    });
  });

  it("resets 2FA, which GET /users/{userId} then shows as a modification", async () => {
    const server = await start({ users: 2 });
    const user = server.state.users[0]!;
    const before = user._lastModifiedOn;
    expect(
      await send(server, "/auth/reset-2FA", { method: "POST", body: { userId: user._id } }),
    ).toMatchObject({ status: 200, body: { status: "ok" } });
    expect(server.ledger.effectsOf("reset-2fa")).toEqual([user._id]);
    const { body } = await send(server, `/users/${user._id}`);
    expect(body.data[0]._lastModifiedOn).not.toBe(before);
    expect(body.data[0]._lastModifiedByUserId).toBeNull();
  });

  it("refuses 2FA resets to non-admins (403), bad bodies (400) and unknown users (404)", async () => {
    const server = await start({ users: 2 });
    const [me, other] = server.state.users;
    me!.profile.environments!.acme_prod!.admin = false;
    const token = (await send(server, `/users/${me!._id}/long-lived-tokens`, { method: "POST", body: {} }))
      .body.data.token;
    const headers = { authorization: `Bearer ${token}`, "environment-id": "acme_prod" };
    const forbidden = {
      status: "error",
      error: "forbidden",
      description: "Insufficient permissions",
      message: "Forbidden",
    };
    expect(
      await send(server, "/auth/reset-2FA", { method: "POST", body: { userId: other!._id }, headers }),
    ).toMatchObject({ status: 403, body: forbidden });
    const bad = await send(server, "/auth/reset-2FA", { method: "POST", body: { userId: 42 } });
    expect(bad).toMatchObject({ status: 400, body: validation('Body error: "userId" must be a string') });
    expect(
      (await send(server, "/auth/reset-2FA", { method: "POST", body: { userId: "nobody" } })).status,
    ).toBe(404);
    expect(server.ledger.effectsOf("reset-2fa")).toEqual([]);
  });

  it("refuses a body that is not JSON with a 400 validation_error", async () => {
    const server = await start();
    const response = await fetch(`${server.url}/auth/reset-password`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${server.auth.token}`,
        "environment-id": "acme_prod",
        "content-type": "application/json",
      },
      body: "{nope",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      status: "error",
      error: "validation_error",
      message: "Invalid request",
    });
  });
});

describe("metacom fake: limits, faults and determinism", () => {
  it("has no rate limit by default", async () => {
    const server = await start({ users: 1 });
    const statuses = await Promise.all(
      Array.from({ length: 40 }, () => send(server, "/users").then((r) => r.status)),
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
  });

  it("answers over a configured budget with 429 rate_limited and Retry-After", async () => {
    const server = await start({ rateLimit: { requests: 2, perSeconds: 60 } });
    await send(server, "/users");
    await send(server, "/users");
    const limited = await send(server, "/users");
    expect(limited).toMatchObject({
      status: 429,
      body: { status: "error", error: "rate_limited", message: "Too many requests" },
    });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("puts injected 5xx faults, unknown paths and wrong methods in the error envelope", async () => {
    const server = await start({ faults: ["503"] });
    expect(await send(server, "/users")).toMatchObject({
      status: 503,
      body: { status: "error", error: "service_unavailable", message: "Service unavailable" },
    });
    expect(await send(server, "/nowhere")).toMatchObject({
      status: 404,
      body: { status: "error", error: "not_found" },
    });
    expect(await send(server, "/users", { method: "DELETE" })).toMatchObject({
      status: 405,
      body: { status: "error", error: "method_not_allowed" },
    });
  });

  it("generates the same data for the same seed, other data for another", async () => {
    const [a, b, c] = await Promise.all([start({ seed: 5 }), start({ seed: 5 }), start({ seed: 6 })]);
    expect(b!.state).toEqual(a!.state);
    expect(c!.state.users.map((u) => u._id)).not.toEqual(a!.state.users.map((u) => u._id));
  });

  it("generates 10,000 users and serves any page of them", async () => {
    const server = await start({ users: 10_000, seed: 2 });
    const { users } = server.state;
    const { body } = await send(server, `/users?limit=100&after=${users[9_899]!._id}`);
    expect(body.data.map((u: { _id: string }) => u._id)).toEqual(users.slice(9_900).map((u) => u._id));
    expect(body.pagination).toEqual({ hasPrevious: true, hasNext: false });
  });
});
