import { describe, expect, it } from "vitest";
import { type PagePosition, PaginationError, createClient } from "../src/index.js";
import { fixtureClient, recorder } from "./fixtures.js";
import { ITEMS, type Item, pagingMeta, servePages } from "./paging-server.js";

type Paths = Record<keyof typeof pagingMeta.operations extends `GET ${infer P}` ? P : never, { get: {} }>;
type Items = { [P in keyof Paths]: Item };
const clientOf = (fetch: (r: Request) => Promise<Response>) =>
  createClient<Paths, Items>(pagingMeta, { fetch });
const ids = (items: Item[]) => items.map((i) => i.id);
const ALL = ids(ITEMS);

describe("paginate: every style walks every item once, in order", () => {
  it.each(["/cursor", "/pages", "/pages1", "/offset", "/keyset", "/next", "/link"] as const)(
    "%s",
    async (path) => {
      const { fetch, requests } = recorder(servePages);
      const seen: string[] = [];
      for await (const item of clientOf(fetch).paginate(path)) seen.push(item.id);
      expect(seen).toEqual(ALL);
      expect(requests.length).toBeLessThanOrEqual(6); // 4 pages of ≤3, plus at most an empty page or a lone boundary
    },
  );

  it("/window: newest first, each item once", async () => {
    const { fetch } = recorder(servePages);
    expect(ids(await clientOf(fetch).paginate("/window").toArray())).toEqual([...ALL].reverse());
  });

  it("keyset: an inclusive server repeats the boundary item; it is delivered once", async () => {
    const { fetch, requests } = recorder(servePages);
    expect(
      ids(
        await clientOf(fetch)
          .paginate("/keyset", { params: { query: { limit: 3 } } })
          .toArray(),
      ),
    ).toEqual(ALL);
    // a page of 3 holds the boundary and 2 new items; a short one (i8, i9) is the last
    expect(requests.map((r) => r.url.searchParams.get("startId"))).toEqual([null, "i2", "i4", "i6", "i8"]);
  });

  it("keyset: an inclusive walk of one item per page gets past the boundary (regression)", async () => {
    const { fetch, requests } = recorder(servePages);
    expect(
      ids(
        await clientOf(fetch)
          .paginate("/keyset", { params: { query: { limit: 1 } } })
          .toArray(),
      ),
    ).toEqual(ALL);
    expect(requests.map((r) => r.url.searchParams.get("limit"))).toEqual(["1", ...Array(10).fill("2")]);
  });

  it("next-query: numbers that arrive as query text still pass the parameter checks", async () => {
    const { fetch, requests } = recorder(servePages);
    expect(
      ids(
        await clientOf(fetch)
          .paginate("/next", { params: { query: { limit: 4 } } })
          .toArray(),
      ),
    ).toEqual(ALL);
    expect(requests[1]!.url.search).toBe("?limit=4&after=i3");
  });
});

describe("paginate: pages, bounded collect, position and resume", () => {
  it("pages() gives each page's items with the raw response, the sizes and the next position", async () => {
    const { fetch } = recorder(servePages);
    const pages = [];
    for await (const page of clientOf(fetch)
      .paginate("/cursor", { params: { query: { size: 4 } } })
      .pages())
      pages.push(page);
    expect(pages.map((p) => ids(p.items))).toEqual([ALL.slice(0, 4), ALL.slice(4, 8), ALL.slice(8)]);
    expect(pages[0]).toMatchObject({
      page: 0,
      requestedSize: 4,
      usedSize: 4,
      next: { query: { size: 4, cursor: "4" }, page: 1, skip: 0 },
    });
    expect(pages[0]!.response.status).toBe(200);
    expect(pages[2]!.next).toBeNull();
  });

  it.each(["/cursor", "/keyset", "/pages", "/next", "/window"] as const)(
    "%s: a consumer that stops after any item and resumes from the position gets every item exactly once",
    async (path) => {
      const { fetch } = recorder(servePages);
      const expected = ids(await clientOf(fetch).paginate(path).toArray());
      for (let stop = 1; stop <= ITEMS.length; stop++) {
        const first = clientOf(fetch).paginate(path);
        const head = await first.toArray({ max: stop });
        const saved = JSON.parse(JSON.stringify(first.position)) as PagePosition | null;
        const rest = await clientOf(fetch).paginate(path, {}, { resume: saved }).toArray();
        expect([...ids(head), ...ids(rest)]).toEqual(expected);
      }
    },
  );

  it("a resumed pages() walk starts with the items not yet delivered", async () => {
    const { fetch } = recorder(servePages);
    const first = clientOf(fetch).paginate("/cursor");
    await first.toArray({ max: 2 });
    expect(first.position).toEqual({ query: {}, page: 0, skip: 2 });
    const pages = [];
    for await (const page of clientOf(fetch).paginate("/cursor", {}, { resume: first.position }).pages())
      pages.push(ids(page.items));
    expect(pages.flat()).toEqual(ALL.slice(2));
    expect(pages[0]).toEqual(["i2"]);
  });

  it("toArray({ max }) stops early; the position is null once a walk has ended", async () => {
    const { fetch } = recorder(servePages);
    const paginator = clientOf(fetch).paginate("/offset");
    expect(ids(await paginator.toArray({ max: 4 }))).toEqual(ALL.slice(0, 4));
    expect(paginator.position).toEqual({ query: { offset: 3 }, page: 1, skip: 1 });
    expect(await paginator.toArray({ max: 0 })).toEqual([]);
    expect(ids(await paginator.toArray())).toEqual(ALL.slice(4));
    expect(paginator.position).toBeNull();
    expect(await clientOf(fetch).paginate("/offset", {}, { resume: null }).toArray()).toEqual([]);
  });
});

describe("paginate: ending", () => {
  const meta = (path: string) => ({
    ...pagingMeta,
    operations: { [`GET ${path}`]: pagingMeta.operations["GET /cursor"] },
  });

  it("stops on an empty page that does not say more is to come", async () => {
    const { fetch, requests } = recorder((_r, i) =>
      Response.json({ data: i ? [] : [ITEMS[0]], next: `c${i}` }),
    );
    expect(await fixtureClient(fetch, {}, meta("/cursor")).paginate("/cursor").toArray()).toHaveLength(1);
    expect(requests).toHaveLength(2);
  });

  it("walks past empty pages that say more is to come, and gives up on endless ones with a PaginationError", async () => {
    const gaps = recorder((_r, i) =>
      Response.json({ data: i % 3 ? [] : [ITEMS[i / 3]], more: i < 9, next: `c${i}` }),
    );
    const walked = await fixtureClient(gaps.fetch, {}, meta("/cursor")).paginate("/cursor").toArray();
    expect(walked).toEqual(ITEMS.slice(0, 4));
    const endless = recorder((_r, i) =>
      Response.json({ data: i ? [] : [ITEMS[0]], more: true, next: `c${i}` }),
    );
    const paginator = fixtureClient(endless.fetch, {}, meta("/cursor")).paginate("/cursor");
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of paginator) seen.push(item);
    })().catch((e) => e);
    expect(error).toMatchObject({ name: "PaginationError" });
    expect(seen).toHaveLength(1);
    expect(endless.requests.length).toBeLessThan(20);
    expect(paginator.position).toMatchObject({ skip: 0 });
  });

  it("raises PaginationError on a cursor that repeats, after delivering the page it came with", async () => {
    const { fetch, requests } = recorder(() => Response.json({ data: [ITEMS[0]], more: true, next: "same" }));
    const seen: unknown[] = [];
    const walk = async () => {
      for await (const item of fixtureClient(fetch, {}, meta("/cursor")).paginate("/cursor")) seen.push(item);
    };
    await expect(walk()).rejects.toBeInstanceOf(PaginationError);
    expect(seen).toHaveLength(2);
    expect(requests).toHaveLength(2);
  });

  /** A server that walks cursors 0, 1, 2, … and, from cursor `from` on, loops back every `cycle` pages. */
  const looping = (from: number, cycle: number) =>
    recorder((request) => {
      const at = Number(new URL(request.url).searchParams.get("cursor") ?? 0);
      const next = at + 1 >= from + cycle ? from : at + 1;
      return Response.json({ data: [{ id: `i${at}` }], more: true, next: String(next) });
    });
  const walkOf = (fetch: (r: Request) => Promise<Response>) =>
    fixtureClient(fetch, {}, meta("/cursor")).paginate("/cursor", {}, { prefetch: false }).toArray();

  it("catches a short loop as soon as it comes back, however long the walk before it", async () => {
    const { fetch, requests } = looping(1000, 3);
    await expect(walkOf(fetch)).rejects.toBeInstanceOf(PaginationError);
    expect(requests).toHaveLength(1003);
  });

  it("catches a loop longer than the states it remembers, within about twice the pages walked", async () => {
    const { fetch, requests } = looping(100, 500);
    await expect(walkOf(fetch)).rejects.toBeInstanceOf(PaginationError);
    expect(requests.length).toBeGreaterThan(600);
    expect(requests.length).toBeLessThan(2 * 600 + 500);
  });

  it("never mistakes a long walk of distinct states for a loop", async () => {
    const { fetch, requests } = recorder((request) => {
      const at = Number(new URL(request.url).searchParams.get("cursor") ?? 0);
      return Response.json({ data: [{ id: `i${at}` }], more: at < 1999, next: String(at + 1) });
    });
    expect(await walkOf(fetch)).toHaveLength(2000);
    expect(requests).toHaveLength(2000);
  });

  it("refuses a path that is not paginated", () => {
    expect(() => clientOf(recorder(servePages).fetch).paginate("/nope" as "/cursor")).toThrow(
      PaginationError,
    );
  });

  it("surfaces a failed page where it falls, with a position to resume from", async () => {
    const { fetch } = recorder((request) =>
      new URL(request.url).searchParams.get("cursor") == "6"
        ? new Response("{}", { status: 400 })
        : servePages(request),
    );
    const paginator = clientOf(fetch).paginate("/cursor");
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const item of paginator) seen.push(item.id);
      })(),
    ).rejects.toMatchObject({ name: "ApiError", status: 400 });
    expect(seen).toEqual(ALL.slice(0, 6));
    expect(paginator.position).toEqual({ query: { cursor: "6" }, page: 2, skip: 0 });
  });
});
