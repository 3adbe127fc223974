import { describe, expect, it } from "vitest";
import { ApiError, ValidationError } from "../src/index.js";
import { clientOf, startFake } from "./fake.js";

describe('paginate("/users")', () => {
  it.each([
    [1, true, 4],
    [1, false, 1],
    [2, true, 1],
    [7, false, 4],
    [20, true, 4],
    [100, false, 1],
  ])(
    "yields every user once, in order, with limit=%i (prefetch %s, concurrency %i)",
    async (limit, prefetch, concurrency) => {
      const server = await startFake({ users: 23, seed: 4 });
      const client = clientOf(server);
      const users = await client
        .paginate("/users", { params: { query: { limit } } }, { prefetch, concurrency })
        .toArray();
      expect(users.map((u) => u._id)).toEqual(server.state.users.map((u) => u._id));
      const lists = server.requests.filter((r) => r.route === "/users");
      expect(lists).toHaveLength(Math.ceil(23 / limit));
      expect(lists.slice(1).map((r) => r.query.after)).toEqual(
        users
          .filter((_, i) => (i + 1) % limit === 0)
          .map((u) => u._id)
          .slice(0, lists.length - 1),
      );
    },
  );

  it("follows `next` with the server's default page size when no limit is given", async () => {
    const server = await startFake({ users: 45 });
    const pages = [];
    for await (const page of clientOf(server).paginate("/users").pages()) pages.push(page);
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages[1]!.query).toEqual({ limit: "20", after: pages[0]!.items[19]!._id });
    expect(pages[2]!.next).toBeNull();
  });

  it("ends on `next: null` as on a missing `next`, and on an empty environment", async () => {
    const server = await startFake({ users: 5 });
    server.state.variants.lastPageNext = "null";
    const client = clientOf(server);
    expect(await client.paginate("/users", { params: { query: { limit: 2 } } }).toArray()).toHaveLength(5);
    const empty = await startFake({ users: 0 });
    expect(await clientOf(empty).paginate("/users").toArray()).toEqual([]);
    expect(empty.requests).toHaveLength(1);
  });

  it("resumes from a saved position without repeating or skipping a user", async () => {
    const server = await startFake({ users: 9 });
    const client = clientOf(server);
    const walk = client.paginate("/users", { params: { query: { limit: 4 } } });
    const first = await walk.toArray({ max: 6 });
    const rest = await client
      .paginate("/users", { params: { query: { limit: 4 } } }, { resume: walk.position })
      .toArray();
    expect([...first, ...rest].map((u) => u._id)).toEqual(server.state.users.map((u) => u._id));
  });

  it("rides out a 503 and a reset on the way (GET is retried)", async () => {
    const server = await startFake({ users: 6, faults: ["ok", "503", "reset"] });
    const users = await clientOf(server)
      .paginate("/users", { params: { query: { limit: 2 } } })
      .toArray();
    expect(users.map((u) => u._id)).toEqual(server.state.users.map((u) => u._id));
    expect(server.ledger.faults).toMatchObject({ "503": 1, reset: 1 });
  });

  it("surfaces the server's 400 for an unknown `after` as an ApiError", async () => {
    const server = await startFake({ users: 3 });
    const walk = clientOf(server).paginate("/users", {
      params: { query: { after: "000000000000000000000000" } },
    });
    const error = await walk.toArray().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: "validation_error",
      providerMessage: 'Query error: "after" must be the _id of a user of this environment',
    });
  });

  it.each([
    [{ limit: 0 }, "query.limit", "minimum"],
    [{ limit: 2.5 }, "query.limit", "type"],
    [{ after: 5 }, "query.after", "type"],
  ])("refuses %j with a ValidationError before any request", async (query, field, rule) => {
    const server = await startFake();
    const error = await clientOf(server)
      .paginate("/users", { params: { query: query as never } })
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field, rule });
    expect(server.requests).toEqual([]);
  });
});
