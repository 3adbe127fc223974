import { describe, expect, it } from "vitest";
import { ValidationError, createClient, paginateOperation } from "../src/index.js";
import { recorder } from "./fixtures.js";
import { ITEMS, pagingMeta, servePages } from "./paging-server.js";

const ALL = ITEMS.map((item) => item.id);
const ids = (items: unknown[]) => items.map((item) => (item as { id: string }).id);

describe("paginateOperation", () => {
  it("walks the operation with the params given, each item once", async () => {
    const { fetch, requests } = recorder(servePages);
    const client = createClient<any>(pagingMeta, { fetch });
    const walk = paginateOperation(client, "/cursor", { query: { size: 2 } });
    expect(ids(await walk.toArray())).toEqual(ALL);
    expect(requests.every((r) => r.url.searchParams.get("size") == "2")).toBe(true);
  });

  it("parts the walk's options from each request's: resume and prefetch drive the walk, headers reach the server", async () => {
    const { fetch, requests } = recorder(servePages);
    const client = createClient<any>(pagingMeta, { fetch });
    const first = paginateOperation(client, "/cursor", { query: { size: 3 } });
    const seen: string[] = [];
    for await (const item of first) if (seen.push((item as { id: string }).id) == 4) break;
    const before = requests.length;
    const rest = paginateOperation(
      client,
      "/cursor",
      { query: { size: 3 } },
      // headers are not in the typed options; what else the options hold reaches each request's init
      { resume: first.position, prefetch: true, concurrency: 2, ...{ headers: { "x-trace": "t1" } } },
    );
    expect([...seen, ...ids(await rest.toArray())]).toEqual(ALL);
    const resumed = requests.slice(before);
    expect(resumed.length).toBeGreaterThan(0);
    expect(resumed.every((r) => r.headers.get("x-trace") == "t1")).toBe(true);
    // the walk's own options are never sent as a query or a header
    for (const { url, headers } of requests)
      for (const name of ["resume", "prefetch", "concurrency"]) {
        expect(url.searchParams.has(name)).toBe(false);
        expect(headers.has(name)).toBe(false);
      }
  });

  it.each([null, "fast", 3, ["retry"]])(
    "refuses options %j with a ValidationError naming it, sending nothing",
    (options) => {
      const { fetch, requests } = recorder(servePages);
      const client = createClient<any>(pagingMeta, { fetch });
      const attempt = () => paginateOperation(client, "/cursor", {}, options as never);
      expect(attempt).toThrow(ValidationError);
      expect(attempt).toThrow(expect.objectContaining({ field: "options", rule: "object" }));
      expect(requests).toHaveLength(0);
    },
  );

  it("refuses a bad walk option by name before any request", async () => {
    const { fetch, requests } = recorder(servePages);
    const client = createClient<any>(pagingMeta, { fetch });
    expect(() => paginateOperation(client, "/cursor", {}, { concurrency: 0 })).toThrow(
      expect.objectContaining({ field: "concurrency" }),
    );
    expect(requests).toHaveLength(0);
  });
});
