import { describe, expect, it } from "vitest";
import { ValidationError } from "../src/index.js";
import { type SparkwiseServer, clientFor, startSparkwise } from "./fixtures.js";

/** A client that records the most requests it had in flight at once. */
function observed(server: SparkwiseServer) {
  const stats = { inFlight: 0, max: 0 };
  const client = clientFor(server, {
    hooks: {
      onRequest: () => void (stats.max = Math.max(stats.max, ++stats.inFlight)),
      onResponse: () => void stats.inFlight--,
    },
  });
  return { client, stats };
}

const pagesAsked = (server: SparkwiseServer) => server.requests.map((r) => Number(r.query.page ?? 0));

describe("paginate GET /users (0-indexed pages)", () => {
  it.each([
    { concurrency: 4, prefetch: true },
    { concurrency: 4, prefetch: false },
    { concurrency: 1, prefetch: true },
    { concurrency: 1, prefetch: false },
  ])("lists every user exactly once, in order, with %o", async (options) => {
    const server = await startSparkwise({ users: 503, latencyMs: 2 });
    const { client, stats } = observed(server);
    const users = await client.paginate("/users", { params: { query: { pageSize: 25 } } }, options).toArray();
    expect(users).toEqual(server.state.users);
    expect(pagesAsked(server).sort((a, b) => a - b)).toEqual(Array.from({ length: 21 }, (_, i) => i));
    if (options.concurrency === 4) expect(stats.max).toBeGreaterThan(1);
    if (options.concurrency === 4) expect(stats.max).toBeLessThanOrEqual(4);
    if (options.concurrency === 1 && !options.prefetch) expect(stats.max).toBe(1);
  });

  it("uses the default page size (200), starting at page 0", async () => {
    const server = await startSparkwise({ users: 450 });
    const pages = [];
    for await (const page of clientFor(server).paginate("/users").pages()) pages.push(page);
    expect(pages.map((p) => [p.query.page, p.items.length, p.usedSize])).toEqual([
      [undefined, 200, 200],
      [1, 200, 200],
      [2, 50, 200],
    ]);
    expect(pages.flatMap((p) => p.items)).toEqual(server.state.users);
  });

  it("ends after one request for an organisation without users", async () => {
    const server = await startSparkwise({ users: 0 });
    expect(await clientFor(server).paginate("/users").toArray()).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it("resumes from a saved position without repeating or skipping a user", async () => {
    const server = await startSparkwise({ users: 130 });
    const client = clientFor(server);
    const walk = client.paginate("/users", { params: { query: { pageSize: 25 } } });
    const head = await walk.toArray({ max: 60 });
    const rest = await client
      .paginate("/users", { params: { query: { pageSize: 25 } } }, { resume: walk.position })
      .toArray();
    expect([...head, ...rest]).toEqual(server.state.users);
  });

  it.each([
    [{ pageSize: 0 }, "query.pageSize", "minimum"],
    [{ pageSize: 201 }, "query.pageSize", "maximum"],
    [{ page: -1 }, "query.page", "minimum"],
  ])("refuses %o before any request", async (query, field, rule) => {
    const server = await startSparkwise();
    const error = await clientFor(server)
      .paginate("/users", { params: { query } })
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field, rule });
    expect(server.requests).toEqual([]);
  });
});
