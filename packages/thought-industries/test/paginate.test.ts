import { describe, expect, it } from "vitest";
import { clientFor, startTi, type TiServer } from "./fixtures.js";

const MODES = [
  { shape: "flat", paging: "cursor" },
  { shape: "flat", paging: "page" },
  { shape: "envelope", paging: "cursor" },
  { shape: "envelope", paging: "page" },
] as const;
const OPTIONS = [
  { prefetch: true, concurrency: 4 },
  { prefetch: false, concurrency: 1 },
];
const CASES = MODES.flatMap((mode) => OPTIONS.map((options) => ({ ...mode, ...options })));

const listCalls = (server: TiServer) => server.requests.filter((r) => r.route === "/users");

describe('paginate("/users")', () => {
  it.each(CASES)("lists every user once, in order: %o", async ({ shape, paging, ...options }) => {
    const server = await startTi({ users: 120, records: { settings: { shape, paging } } });
    const users = await clientFor(server).paginate("/users", {}, options).toArray();
    expect(users).toEqual(server.state.users);
    const calls = listCalls(server);
    expect(calls).toHaveLength(3); // stops on hasMore: false, without asking past the end
    expect(calls.map((r) => r.query)).toEqual(
      paging == "cursor"
        ? [{}, { cursor: expect.any(String) }, { cursor: expect.any(String) }]
        : [{}, { page: "2" }, { page: "3" }],
    );
  });

  it.each(MODES)("stops on an empty page when every page says hasMore: %o", async ({ shape, paging }) => {
    const server = await startTi({ users: 100, records: { settings: { shape, paging, end: "empty-page" } } });
    const pages = [];
    for await (const page of clientFor(server).paginate("/users").pages()) pages.push(page);
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 0]);
    expect(pages.at(-1)!.next).toBeNull();
    expect(pages.flatMap((p) => p.items)).toEqual(server.state.users);
    expect(listCalls(server)).toHaveLength(3);
  });

  it("keeps the role filter on every page", async () => {
    const server = await startTi({ users: 400, records: { settings: { perPage: 20 } } });
    const admins = server.state.users.filter((u) => u.roleKey === "admin");
    const found = await clientFor(server)
      .paginate("/users", { params: { query: { role: "admin" } } })
      .toArray();
    expect(found).toEqual(admins);
    expect(listCalls(server).every((r) => r.query.role === "admin")).toBe(true);
  });

  it("ends at once on an empty instance", async () => {
    const server = await startTi({ users: 0 });
    expect(await clientFor(server).paginate("/users").toArray()).toEqual([]);
    expect(listCalls(server)).toHaveLength(1);
  });

  it("resumes from a saved position without repeating or skipping a user", async () => {
    const server = await startTi({ users: 120 });
    const first = clientFor(server).paginate("/users");
    const head = await first.toArray({ max: 70 });
    const rest = await clientFor(server).paginate("/users", {}, { resume: first.position }).toArray();
    expect([...head, ...rest]).toEqual(server.state.users);
  });

  it("refuses a negative page before sending", async () => {
    const server = await startTi({ users: 3 });
    const walk = clientFor(server)
      .paginate("/users", { params: { query: { page: -1 } } })
      .toArray();
    await expect(walk).rejects.toMatchObject({
      name: "ValidationError",
      field: "query.page",
      rule: "minimum",
    });
    expect(server.requests).toHaveLength(0);
  });

  it("refuses an empty role before sending (it could widen the list to every user)", async () => {
    const server = await startTi({ users: 3 });
    const walk = clientFor(server)
      .paginate("/users", { params: { query: { role: "" } } })
      .toArray();
    await expect(walk).rejects.toMatchObject({
      name: "ValidationError",
      field: "query.role",
      rule: "minLength",
    });
    expect(server.requests).toHaveLength(0);
  });
});
