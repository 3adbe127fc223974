import { afterEach, describe, expect, it } from "vitest";
import { startFakeServer, type FakeServer, type FakeServerOptions } from "../../src/index";
import type { MercuryAuth, MercuryBotUser, MercuryRecord, MercuryState } from "../../src/providers/mercury";

type Server = FakeServer<MercuryState, MercuryAuth>;
interface Body {
  success: boolean;
  message?: string;
  data: { items: MercuryBotUser[] };
}

const PROJECT = "3f2b8c1e-9d4a-4e6b-8f10-2a3b4c5d6e7f";
const STAGES = ["a6819263-73f9-48db-969f-ee9d7241d7b6", "0f954369-16e8-4d18-915a-7be2dc458714"];
const USERS = `/projects/${PROJECT}/users/properties`;
const open: Server[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function start(options: FakeServerOptions<MercuryAuth> = {}): Promise<Server> {
  const server = await startFakeServer("mercury", { users: 30, seed: 5, ...options });
  open.push(server);
  return server;
}

async function get(server: Server, target: string, key: string | null = server.auth.apiKey) {
  const res = await fetch(server.url + target, {
    headers: key === null ? {} : { authorization: `Bearer ${key}` },
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Body };
}

const ids = (body: Body) => body.data.items.map((u) => u.userId);
const q = (params: Record<string, string>) => new URLSearchParams(params).toString().replace(/\+/g, "%20");
const filters = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const user = (userId: string, properties: Record<string, unknown> = {}, stageId?: string): MercuryRecord => ({
  userId,
  firstName: null,
  lastName: null,
  lastInteractionTime: "2020-03-17 16:54:06.0",
  properties,
  ...(stageId && { stageId }),
});

describe("mercury fake: listing and keyset paging", () => {
  it("serves the project's users in the success envelope, by userId, 50 by default", async () => {
    const server = await start({ users: 60 });
    const { status, body } = await get(server, USERS);
    expect(status).toBe(200);
    expect(body.success).toBe(true);
    const all = server.state.projects[PROJECT]!.users.map((u) => u.user.userId).sort();
    expect(ids(body)).toEqual(all.slice(0, 50));
    expect(body.data.items[0]).not.toHaveProperty("stageId");
  });

  it("starts a page at startId itself (inclusive), and at the next id for an unknown one", async () => {
    const server = await start({ records: ["a", "b", "c", "d"].map((id) => user(id)) });
    expect(ids((await get(server, `${USERS}?startId=b&limit=2`)).body)).toEqual(["b", "c"]);
    expect(ids((await get(server, `${USERS}?startId=bb&limit=5`)).body)).toEqual(["c", "d"]);
    expect(ids((await get(server, `${USERS}?startId=z`)).body)).toEqual([]);
  });

  it.each([1, 2, 7, 50])(
    "walks every user once at limit %i, dropping the repeated boundary",
    async (limit) => {
      const server = await start({ users: 23 });
      const seen: string[] = [];
      let startId: string | undefined;
      for (;;) {
        const query = q({ limit: String(startId ? limit + 1 : limit), ...(startId && { startId }) });
        const page = ids((await get(server, `${USERS}?${query}`)).body);
        const fresh = startId ? page.slice(1) : page;
        seen.push(...fresh);
        if (fresh.length === 0 || page.length < (startId ? limit + 1 : limit)) break;
        startId = page[page.length - 1];
      }
      expect(seen).toEqual(server.state.projects[PROJECT]!.users.map((u) => u.user.userId).sort());
    },
  );

  it("refuses a bad limit or an empty startId with the 400 envelope", async () => {
    const server = await start();
    for (const bad of ["limit=0", "limit=-1", "limit=ten", "limit=1.5", "startId="]) {
      const { status, body } = await get(server, `${USERS}?${bad}`);
      expect(status, bad).toBe(400);
      expect(body).toMatchObject({ success: false, message: expect.any(String) });
    }
  });
});

describe("mercury fake: stageIds, filters and sortBy", () => {
  const records = [
    user("u1", { "user.company": "Mercury.ai", "user.lastName": "Krause", "user.visits": 3 }, STAGES[0]),
    user("u2", { "user.company": "Acme", "user.lastName": "Young", "user.visits": 10 }, STAGES[1]),
    user("u3", { "user.company": "Mercury.ai", "user.lastName": "Becker" }, STAGES[1]),
    user("u4", { user: { company: "Acme" } }, STAGES[0]),
    user("u5", {}, STAGES[0]),
  ];

  it("scopes to comma-separated stageIds; an unknown stage gives no users", async () => {
    const server = await start({ records });
    expect(ids((await get(server, `${USERS}?stageIds=${STAGES[1]}`)).body)).toEqual(["u2", "u3"]);
    expect(ids((await get(server, `${USERS}?stageIds=${STAGES.join("%2C")}`)).body)).toHaveLength(5);
    const none = await get(server, `${USERS}?stageIds=00000000-0000-4000-8000-000000000000`);
    expect(none.body).toEqual({ success: true, data: { items: [] } });
    expect((await get(server, `${USERS}?stageIds=${STAGES[0]}%2C`)).status).toBe(400);
  });

  it("applies include and exclude filters over flat and nested dotted keys, all of them (AND)", async () => {
    const server = await start({ records });
    const company = (mode: string, value: string) => [{ mode, field: "user.company", operator: "=", value }];
    expect(
      ids((await get(server, `${USERS}?filters=${filters(company("include", "Mercury.ai"))}`)).body),
    ).toEqual(["u1", "u3"]);
    expect(
      ids((await get(server, `${USERS}?filters=${filters(company("exclude", "Mercury.ai"))}`)).body),
    ).toEqual(["u2", "u4", "u5"]);
    expect(ids((await get(server, `${USERS}?filters=${filters(company("include", "Acme"))}`)).body)).toEqual([
      "u2",
      "u4",
    ]);
    const both = [
      ...company("include", "Mercury.ai"),
      { mode: "include", field: "user.visits", operator: ">", value: 1 },
    ];
    expect(ids((await get(server, `${USERS}?filters=${filters(both)}`)).body)).toEqual(["u1"]);
    expect(ids((await get(server, `${USERS}?filters=${filters([])}`)).body)).toHaveLength(5);
  });

  it.each([
    ["malformed JSON", "not-json"],
    ["an object", filters({ mode: "include" })],
    ["an unknown mode", filters([{ mode: "only", field: "user.company", operator: "=", value: "x" }])],
    ["an unknown operator", filters([{ mode: "include", field: "user.company", operator: "~", value: "x" }])],
    ["a missing field", filters([{ mode: "include", operator: "=", value: "x" }])],
    ["an object value", filters([{ mode: "include", field: "a", operator: "=", value: {} }])],
  ])("answers 400 to filters that are %s", async (_name, value) => {
    const server = await start({ records });
    const { status, body } = await get(server, `${USERS}?filters=${value}`);
    expect(status).toBe(400);
    expect(body.success).toBe(false);
    expect(body.message).toMatch(/^Invalid filters parameter/);
  });

  it("sorts by signed keys (%2B ascending, - descending), missing values last, then by userId", async () => {
    const server = await start({ records });
    expect(ids((await get(server, `${USERS}?sortBy=%2Buser.lastName`)).body)).toEqual([
      "u3",
      "u1",
      "u2",
      "u4",
      "u5",
    ]);
    expect(ids((await get(server, `${USERS}?sortBy=-user.lastName`)).body)).toEqual([
      "u2",
      "u1",
      "u3",
      "u4",
      "u5",
    ]);
    const two = `${USERS}?sortBy=${encodeURIComponent("-user.company,+user.visits")}`;
    expect(ids((await get(server, two)).body)).toEqual(["u1", "u3", "u2", "u4", "u5"]);
  });

  it("refuses an unsigned entry and a raw + (a space once decoded) with the documented 400", async () => {
    const server = await start({ records });
    for (const bad of [
      "user.lastName",
      "+user.lastName",
      "%2Buser.lastName,user.firstName",
      "%20user.lastName",
      "%2B",
    ]) {
      const { status, body } = await get(server, `${USERS}?sortBy=${bad}`);
      expect(status, bad).toBe(400);
      expect(body).toEqual({ success: false, message: "sortBy entries must start with + or -" });
    }
  });

  it("pages a sorted list from startId's position; an unknown startId with sortBy is a 400", async () => {
    const server = await start({ records });
    const sorted = `${USERS}?sortBy=%2Buser.lastName&limit=2`;
    expect(ids((await get(server, `${sorted}&startId=u1`)).body)).toEqual(["u1", "u2"]);
    expect(ids((await get(server, `${sorted}&startId=u4`)).body)).toEqual(["u4", "u5"]);
    expect((await get(server, `${sorted}&startId=nobody`)).status).toBe(400);
  });
});

describe("mercury fake: auth, projects, rate limit, state", () => {
  it("answers 401 with the envelope to a missing or wrong key, accepts any case of Bearer", async () => {
    const server = await start();
    for (const key of [null, "mk_wrong"]) {
      const { status, body } = await get(server, USERS, key);
      expect(status).toBe(401);
      expect(body).toEqual({ success: false, message: "Unauthorized" });
    }
    const lower = await fetch(server.url + USERS, {
      headers: { authorization: `bearer ${server.auth.apiKey}` },
    });
    expect(lower.status).toBe(200);
    expect(JSON.stringify(server.requests)).not.toContain(server.auth.apiKey);
  });

  it("answers 404 to an unknown project or path, 403 to a project the key may not read", async () => {
    const server = await start();
    expect(await get(server, "/projects/nope/users/properties")).toMatchObject({
      status: 404,
      body: { success: false, message: "Project not found" },
    });
    expect(
      (await get(server, "/projects/11111111-2222-4333-8444-555555555555/users/properties")).body,
    ).toEqual({
      success: false,
      message: "Forbidden",
    });
    expect((await get(server, `/projects/${PROJECT}/users`)).status).toBe(404);
  });

  it("has no rate limit by default; a given budget answers 429 with Retry-After", async () => {
    const free = await start();
    for (let i = 0; i < 30; i++) expect((await get(free, `${USERS}?limit=1`)).status).toBe(200);
    const limited = await start({ rateLimit: { requests: 2, perSeconds: 60 } });
    await get(limited, USERS);
    await get(limited, USERS);
    const { status, headers, body } = await get(limited, USERS);
    expect(status).toBe(429);
    expect(Number(headers.get("retry-after"))).toBeGreaterThan(0);
    expect(body).toEqual({ success: false, message: "Too many requests" });
  });

  it("serves what the state holds: added and removed users, other projects", async () => {
    const server = await start({ users: 3 });
    const project = server.state.projects[PROJECT]!;
    project.users.push({ stageId: STAGES[0]!, user: user("00000000-new") as MercuryBotUser });
    expect(ids((await get(server, USERS)).body)[0]).toBe("00000000-new");
    project.users.splice(0, project.users.length);
    expect(ids((await get(server, USERS)).body)).toEqual([]);
    const other = Object.keys(server.state.projects).find((id) => id !== PROJECT)!;
    expect(ids((await get(server, `/projects/${other}/users/properties`)).body)).toHaveLength(1);
  });

  it("generates the same users for the same seed, 10,000 of them, in the documented formats", async () => {
    const [a, b, c] = await Promise.all([
      start({ users: 10_000, seed: 9 }),
      start({ users: 10_000, seed: 9 }),
      start({ seed: 10 }),
    ]);
    expect(a.state).toEqual(b.state);
    expect(a.state.projects[PROJECT]!.users[0]).not.toEqual(c.state.projects[PROJECT]!.users[0]);
    const users = a.state.projects[PROJECT]!.users.map((u) => u.user);
    for (const u of users)
      expect(u.lastInteractionTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{1,3}$/);
    expect(new Set(users.map((u) => u.lastInteractionTime.split(".")[1]!.length))).toEqual(
      new Set([1, 2, 3]),
    );
    expect(users.some((u) => u.firstName === null)).toBe(true);
    const page = await get(a, `${USERS}?limit=10000&sortBy=${encodeURIComponent("-user.visits")}`);
    expect(page.body.data.items).toHaveLength(10_000);
  });
});
