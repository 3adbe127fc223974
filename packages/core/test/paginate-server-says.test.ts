import { describe, expect, it } from "vitest";
import {
  type PaginationMeta,
  type ProviderMetadata,
  bearerAuth,
  unwrap,
  keysetPagination,
  linkPagination,
  offsetPagination,
  pagePagination,
  windowPagination,
} from "../src/index.js";
import { nextLink } from "../src/pagination/styles/link.js";
import { fixtureClient, recorder } from "./fixtures.js";

/** A provider with one paginated operation, `GET /list`. */
const provider = (pagination: PaginationMeta): ProviderMetadata => ({
  name: "paging",
  servers: [{ url: "https://api.example.test" }],
  securitySchemes: {},
  errors: {},
  operations: { "GET /list": { id: "list", pagination } },
  pageStyles: {
    page: pagePagination,
    offset: offsetPagination,
    keyset: keysetPagination,
    link: linkPagination,
    window: windowPagination,
  },
});
const users = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `u${String(i).padStart(4, "0")}` }));
const walk = (
  meta: ProviderMetadata,
  fetch: Parameters<typeof fixtureClient>[0],
  query = {},
  concurrency = 4,
) => fixtureClient(fetch, {}, meta).paginate("/list", { params: { query } }, { concurrency }).toArray();

describe("a walk ends where the server says it ends, never where the request said", () => {
  const ALL = users(500);
  const pages = provider({
    style: "page",
    items: "/items",
    pageParam: "page",
    firstPage: 1,
    sizeParam: "pageSize",
    sizeUsed: "/size",
    totalPages: "/totalPages",
  });
  /** Pages of at most 100, whatever was asked. */
  const clamping = (request: Request) => {
    const page = +(new URL(request.url).searchParams.get("page") ?? 1);
    return Response.json({ items: ALL.slice((page - 1) * 100, page * 100), size: 100, totalPages: 5 });
  };

  it.each([1, 4])(
    "walks all 500 users when the server clamps 200 a page to 100 (concurrency %i)",
    async (concurrency) => {
      const { fetch } = recorder(clamping);
      expect(await walk(pages, fetch, { pageSize: 200 }, concurrency)).toEqual(ALL);
    },
  );

  it("walks all items of an offset API that clamps and reports its total", async () => {
    const offsets = provider({
      style: "offset",
      items: "/items",
      offsetParam: "offset",
      sizeParam: "limit",
      total: "/total",
    });
    const { fetch } = recorder((request) => {
      const offset = +(new URL(request.url).searchParams.get("offset") ?? 0);
      return Response.json({ items: ALL.slice(offset, offset + 100), total: 500 });
    });
    expect(await walk(offsets, fetch, { limit: 200 })).toEqual(ALL);
  });

  it.each([1, 4])(
    "follows a total that grows mid-walk and a next page past the first total (concurrency %i)",
    async (concurrency) => {
      const all = users(450);
      const { fetch } = recorder((request) => {
        const page = +(new URL(request.url).searchParams.get("page") ?? 1);
        return Response.json({
          items: all.slice((page - 1) * 100, page * 100),
          totalPages: page == 1 ? 3 : 5,
        });
      });
      expect(await walk(pages, fetch, {}, concurrency)).toEqual(all);
    },
  );

  it("stops at a total that shrinks mid-walk, delivering nothing past it", async () => {
    const all = users(500);
    const { fetch } = recorder((request) => {
      const page = +(new URL(request.url).searchParams.get("page") ?? 1);
      return Response.json({ items: all.slice((page - 1) * 100, page * 100), totalPages: page == 1 ? 5 : 3 });
    });
    expect(await walk(pages, fetch)).toEqual(all.slice(0, 300));
  });
});

describe("keyset: the caller's start key is kept", () => {
  const ALL = users(20);
  const keyset = provider({
    style: "keyset",
    items: "/items",
    keyParam: "startId",
    keyField: "/id",
    inclusive: true,
    sizeParam: "limit",
  });
  /** Pages that start with the start id itself, as Mercury's docs say. */
  const inclusive = (request: Request) => {
    const url = new URL(request.url);
    const start = url.searchParams.get("startId");
    const from = start ? ALL.findIndex((u) => u.id == start) : 0;
    return Response.json({ items: ALL.slice(from, from + +(url.searchParams.get("limit") ?? 5)) });
  };

  it("delivers the start user first, then every later user once", async () => {
    const { fetch } = recorder(inclusive);
    expect(await walk(keyset, fetch, { startId: ALL[0]!.id, limit: 5 })).toEqual(ALL);
    expect(await walk(keyset, fetch, { startId: ALL[7]!.id, limit: 5 })).toEqual(ALL.slice(7));
    // the walk's next key is the caller's own: not a loop, the next page drops its boundary
    expect(await walk(keyset, fetch, { startId: ALL[19]!.id })).toEqual(ALL.slice(19));
  });
});

describe("a forged or corrupted resume position is refused before any request", () => {
  const pages = provider({ style: "page", items: "/items", pageParam: "page", totalPages: "/totalPages" });
  it.each([
    [{ query: {}, page: 0, skip: -1 }, "resume.skip"],
    [{ query: {}, page: 0, skip: 1.5 }, "resume.skip"],
    [{ query: null, page: 0, skip: 0 }, "resume.query"],
    [{ query: [], page: 0, skip: 0 }, "resume.query"],
    [{ query: {}, page: "2", skip: 0 }, "resume.page"],
    [{ query: {}, skip: 0 }, "resume.page"],
    [{ query: {}, page: 0, skip: 0, exclude: [1] }, "resume.exclude"],
    ["position", "resume"],
  ])("refuses %j, naming %s", (resume, field) => {
    const { fetch, requests } = recorder(() => Response.json({ items: [] }));
    expect(() => fixtureClient(fetch, {}, pages).paginate("/list", {}, { resume: resume as never })).toThrow(
      expect.objectContaining({ name: "ValidationError", field }),
    );
    expect(requests).toHaveLength(0);
  });

  it.each([0, -1, 1.5, NaN])("refuses concurrency %s", (concurrency) => {
    const { fetch } = recorder(() => Response.json({ items: [] }));
    expect(() => fixtureClient(fetch, {}, pages).paginate("/list", {}, { concurrency })).toThrow(
      expect.objectContaining({ name: "ValidationError", field: "concurrency" }),
    );
  });
});

describe("link: only a link whose rel names the type next", () => {
  it.each([
    ["<https://a.test/x?page=2>; rel=prev; title=next", undefined],
    ['<https://a.test/x?page=2>; rel="next-page"', undefined],
    ['<https://a.test/x?page=2>; rel="prev"; title="a, rel=next"', undefined],
    [
      '<https://a.test/x?page=1>; rel="prev", <https://a.test/x?page=3>; rel="next"',
      "https://a.test/x?page=3",
    ],
    ['<https://a.test/x?page=3>; rel="prev next"', "https://a.test/x?page=3"],
    ['<https://a.test/x?page=3>; title="a, b"; rel="next"', "https://a.test/x?page=3"],
    ["<https://a.test/x?page=3>; REL=Next", "https://a.test/x?page=3"],
    ['<https://a.test/x?page=3>;rel=next;title="x"', "https://a.test/x?page=3"],
  ])("reads %s as %s", (header, target) => {
    expect(nextLink(header)).toBe(target);
  });
});

describe("query keys are encoded like values", () => {
  it("sends an undeclared key with & = or # as one parameter", async () => {
    const { fetch, requests } = recorder(() => Response.json({}));
    await fixtureClient(fetch).GET("/items", {
      params: { query: { "x&admin=true&y": "1", "a#b": "2", plain: "a&b" } },
    });
    const url = requests[0]!.url;
    expect(url.hash).toBe("");
    expect([...url.searchParams]).toEqual([
      ["x&admin=true&y", "1"],
      ["a#b", "2"],
      ["plain", "a&b"],
    ]);
  });
});

describe("toArray: a failure loses nothing it had collected", () => {
  it("leaves the position where the failed collect began, so a resume delivers every item once", async () => {
    const ALL = users(30);
    const pages = provider({ style: "page", items: "/items", pageParam: "page", firstPage: 1 });
    let fail = true;
    const { fetch } = recorder((request) => {
      const page = +(new URL(request.url).searchParams.get("page") ?? 1);
      if (page == 2 && fail) return ((fail = false), new Response("{}", { status: 400 }));
      return Response.json({ items: ALL.slice((page - 1) * 10, page * 10) });
    });
    const paginator = fixtureClient(fetch, {}, pages).paginate("/list");
    await expect(paginator.toArray()).rejects.toMatchObject({ name: "ApiError" });
    expect(paginator.position).toEqual({ query: {}, page: 0, skip: 0 });
    const rest = await fixtureClient(fetch, {}, pages)
      .paginate("/list", {}, { resume: paginator.position })
      .toArray();
    expect(rest).toEqual(ALL);
  });
});

describe("what a hostile server sends back is redacted, and an undefined retry field keeps its default", () => {
  it("masks a credential echoed in the request-id header", async () => {
    const { fetch } = recorder(
      () => new Response("{}", { status: 400, headers: { "x-request-id": "Bearer tok-CANARY-1" } }),
    );
    const error = await fixtureClient(fetch, { auth: bearerAuth("tok-CANARY-1") })
      .GET("/items")
      .then(unwrap)
      .catch((e) => e);
    expect(error.requestId).not.toContain("CANARY");
    expect(JSON.stringify(error)).not.toContain("CANARY");
  });

  it.each(["retries", "statuses", "maxRetryAfterMs", "baseDelayMs"])(
    "keeps the default of retry.%s given as undefined",
    async (field) => {
      const { fetch, requests } = recorder(() => new Response("{}", { status: 503 }));
      const result = await fixtureClient(fetch, {
        retry: { [field]: undefined, baseDelayMs: 1 } as never,
      }).GET("/items");
      expect(result.response.status).toBe(503);
      expect(requests).toHaveLength(3);
    },
  );
});

describe("window: a resume mid-page names what was delivered", () => {
  it("delivers nothing twice when the feed gains a newer event between the break and the resume", async () => {
    const windows = provider({
      style: "window",
      items: "/events",
      windowParam: "endDate",
      windowField: "/at",
      windowKey: "/id",
      windowMax: 5,
    });
    const feed = Array.from({ length: 8 }, (_, i) => ({ id: `e${i}`, at: 1_000_000 - i * 1000 }));
    const { fetch } = recorder((request) => {
      const end = new URL(request.url).searchParams.get("endDate");
      return Response.json({ events: feed.filter((e) => end === null || e.at <= +end).slice(0, 5) });
    });
    const first = fixtureClient(fetch, {}, windows).paginate("/list");
    const seen: string[] = [];
    for await (const event of first) if (seen.push(event.id) == 2) break;
    feed.unshift({ id: "new", at: 2_000_000 });
    const position = JSON.parse(JSON.stringify(first.position));
    const rest = await fixtureClient(fetch, {}, windows)
      .paginate("/list", {}, { resume: position })
      .toArray();
    const all = [...seen, ...rest.map((e: { id: string }) => e.id)];
    expect(all.filter((id) => id != "new")).toEqual(feed.filter((e) => e.id != "new").map((e) => e.id));
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("toArray({ max }) spends no request past what it can take", () => {
  const ALL = users(500);
  it.each([
    [
      "page numbers with a total (fetched at once)",
      { style: "page", items: "/items", pageParam: "page", firstPage: 1, totalPages: "/totalPages" },
    ],
    ["offsets with prefetch", { style: "offset", items: "/items", offsetParam: "offset", total: "/total" }],
  ] as const)("takes 60 of pages of 50 in 2 requests: %s", async (_name, pagination) => {
    const { fetch, requests } = recorder((request) => {
      const url = new URL(request.url);
      const start = url.searchParams.has("page")
        ? (+url.searchParams.get("page")! - 1) * 50
        : +(url.searchParams.get("offset") ?? 0);
      return Response.json({ items: ALL.slice(start, start + 50), totalPages: 10, total: 500 });
    });
    const got = await fixtureClient(fetch, {}, provider(pagination)).paginate("/list").toArray({ max: 60 });
    expect(got).toEqual(ALL.slice(0, 60));
    await new Promise((r) => setTimeout(r, 10));
    expect(requests).toHaveLength(2);
  });
});
