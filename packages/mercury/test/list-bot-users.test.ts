import { describe, expect, it } from "vitest";
import { type BotUser, type MercuryClient, ValidationError, unwrap } from "../src/index.js";
import { type MercuryFake, PROJECT, STAGES, clientOn, idsOf, startMercury } from "./fixtures.js";

type BotUserQuery = NonNullable<Parameters<MercuryClient["listBotUsers"]>[0]>;

const ids = (users: BotUser[]) => users.map((u) => u.userId);
const sortBy: { field: string; order: "asc" | "desc" }[] = [
  { field: "user.visits", order: "desc" },
  { field: "user.lastName", order: "asc" },
];
const filters: BotUserQuery["filters"] = [
  { mode: "exclude", field: "user.company", operator: "=", value: "Acme" },
];

/** The fake's whole answer for a query in one page: the reference order to compare walks with. */
async function reference(server: MercuryFake, query: Record<string, unknown>): Promise<string[]> {
  const { client } = clientOn(server);
  const data = await unwrap(
    client.GET("/projects/{projectId}/users/properties", {
      params: { path: { projectId: PROJECT }, query: { ...query, limit: 10_000 } },
    }),
  );
  return ids(data.data.items);
}

describe("listBotUsers: every user exactly once, in order", () => {
  // limit 1: see "one user per page" below
  it.each([
    [2, true],
    [2, false],
    [3, true],
    [50, true],
    [50, false],
  ])("at limit %i (prefetch %s), the boundary user never repeated", async (limit, prefetch) => {
    const server = await startMercury();
    const { client } = clientOn(server, { projectId: PROJECT });
    const users = await client.listBotUsers({ limit }, { prefetch }).toArray();
    expect(ids(users)).toEqual(idsOf(server));
  });

  // Inclusive keyset: a page asked for with a key starts with that (already delivered) user, so a
  // page of one would never get past it; core asks for two from then on.
  it("at limit 1 (one user per page)", async () => {
    const server = await startMercury();
    const { client } = clientOn(server, { projectId: PROJECT });
    expect(ids(await client.listBotUsers({ limit: 1 }).toArray())).toEqual(idsOf(server));
  });

  it.each([2, 5, 50])(
    "filtered, sorted and stage-scoped, at limit %i, with concurrency on and off",
    async (limit) => {
      const server = await startMercury({ users: 40 });
      const { client } = clientOn(server, { projectId: PROJECT });
      const query = { stageIds: STAGES, filters, sortBy };
      const expected = await reference(server, {
        stageIds: STAGES,
        filters: JSON.stringify(filters),
        sortBy: "-user.visits,+user.lastName",
      });
      const kept = server.state.projects[PROJECT]!.users.filter(
        (u) => u.user.properties["user.company"] !== "Acme",
      );
      expect([...expected].sort()).toEqual(kept.map((u) => u.user.userId).sort());
      for (const concurrency of [1, 4]) {
        expect(ids(await client.listBotUsers({ ...query, limit }, { concurrency }).toArray())).toEqual(
          expected,
        );
      }
    },
  );

  it.each([2, 50])("through the raw client.paginate at limit %i, typed as BotUser", async (limit) => {
    const server = await startMercury();
    const { client } = clientOn(server);
    const walk = client.paginate("/projects/{projectId}/users/properties", {
      params: { path: { projectId: PROJECT }, query: { limit, sortBy: "+user.lastName" } },
    });
    const users: BotUser[] = [];
    for await (const user of walk) users.push(user);
    expect(ids(users)).toEqual(await reference(server, { sortBy: "+user.lastName" }));
  });

  it("pages chain by startId = the previous page's last user, and a walk resumes where it stopped", async () => {
    const server = await startMercury();
    const { client } = clientOn(server, { projectId: PROJECT });
    let previous: string | undefined;
    for await (const page of client.listBotUsers({ limit: 6 }).pages()) {
      expect(page.query.startId).toBe(previous);
      expect(page.items[0]?.userId).not.toBe(previous);
      previous = page.items.at(-1)?.userId ?? previous;
    }
    const walk = client.listBotUsers({ limit: 4 });
    const first = await walk.toArray({ max: 9 });
    const rest = await client.listBotUsers({ limit: 4 }, { resume: walk.position }).toArray();
    expect(ids([...first, ...rest])).toEqual(idsOf(server));
  });

  it("starts with the caller's own startId user, included as the docs say, then every later one once", async () => {
    const server = await startMercury();
    const { client } = clientOn(server, { projectId: PROJECT });
    const all = idsOf(server);
    for (const [at, limit] of [
      [5, 20],
      [5, 1],
      [0, 3],
    ] as const) {
      const users = await client.listBotUsers({ startId: all[at], limit }).toArray();
      expect(ids(users)).toEqual(all.slice(at));
    }
  });

  it("ends on an empty project and on stages without users", async () => {
    const server = await startMercury({ users: 0 });
    const { client } = clientOn(server, { projectId: PROJECT });
    expect(await client.listBotUsers().toArray()).toEqual([]);
    const other = await startMercury();
    const unknownStage = ["00000000-0000-4000-8000-000000000000"];
    expect(
      await clientOn(other, { projectId: PROJECT }).client.listBotUsers({ stageIds: unknownStage }).toArray(),
    ).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });
});

describe("listBotUsers: bad input is refused before any request", () => {
  const cases: [string, BotUserQuery, string][] = [
    [
      "a filter mode",
      { filters: [{ mode: "only" as "include", field: "f", operator: "=", value: 1 }] },
      "query.filters[0].mode",
    ],
    [
      "a filter field",
      { filters: [...filters!, { mode: "include", field: "", operator: "=", value: 1 }] },
      "query.filters[1].field",
    ],
    [
      "a filter value",
      { filters: [{ mode: "include", field: "f", operator: "=", value: Number.NaN }] },
      "query.filters[0].value",
    ],
    ["a sort order", { sortBy: [sortBy[0]!, { field: "x", order: "up" as "asc" }] }, "query.sortBy[1].order"],
    ["a sort field", { sortBy: [{ field: "a,b", order: "asc" }] }, "query.sortBy[0].field"],
    ["no stage", { stageIds: [] }, "query.stageIds"],
    ["a stage with a comma", { stageIds: ["a,b"] }, "query.stageIds[0]"],
  ];
  it.each(cases)("%s", async (_name, query, field) => {
    const server = await startMercury();
    const { client } = clientOn(server, { projectId: PROJECT });
    const refused = client.listBotUsers(query).toArray();
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toMatchObject({ field });
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    [{ limit: 0 }, "query.limit"],
    [{ limit: 2.5 }, "query.limit"],
    [{ startId: "" }, "query.startId"],
  ] as [BotUserQuery, string][])(
    "%o (checked by the spec's rules when the walk starts)",
    async (query, field) => {
      const server = await startMercury();
      const { client } = clientOn(server, { projectId: PROJECT });
      await expect(client.listBotUsers(query).toArray()).rejects.toMatchObject({
        name: "ValidationError",
        field,
      });
      expect(server.requests).toHaveLength(0);
    },
  );
});
