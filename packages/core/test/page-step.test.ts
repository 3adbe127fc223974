import { describe, expect, it } from "vitest";
import {
  PaginationError,
  type PageStyle,
  type PaginationMeta,
  type PaginationStyle,
  cursorPagination,
  keysetPagination,
  linkPagination,
  nextQueryPagination,
  offsetPagination,
  pagePagination,
  windowPagination,
} from "../src/index.js";

const STYLES: Record<PaginationStyle, PageStyle> = {
  cursor: cursorPagination,
  page: pagePagination,
  offset: offsetPagination,
  keyset: keysetPagination,
  "next-query": nextQueryPagination,
  link: linkPagination,
  window: windowPagination,
};
/** A page as a style reads it; the second page of its walk unless `index` says otherwise. */
const view = (
  p: Partial<{ query: object; index: number; data: unknown; items: unknown[]; link: string }>,
) => ({
  query: { ...p.query } as Record<string, unknown>,
  index: p.index ?? 1,
  data: p.data ?? {},
  items: p.items ?? [1],
  response: new Response(null, { headers: p.link ? { link: p.link } : {} }),
});
const read = (meta: PaginationMeta, page: Parameters<typeof view>[0]) => STYLES[meta.style](meta, view(page));
const step = (meta: PaginationMeta, page: Parameters<typeof view>[0]) => read(meta, page).next;

describe("the next query of each style", () => {
  const cursor: PaginationMeta = {
    style: "cursor",
    hasMore: "/more",
    cursorParam: "cursor",
    nextCursor: "/next",
  };

  it("cursor: carries the next cursor and keeps the other parameters", () => {
    expect(step(cursor, { query: { size: 2 }, data: { next: "c2", more: true } })).toEqual({
      size: 2,
      cursor: "c2",
    });
    expect(step(cursor, { data: { next: "c2", more: false } })).toBeUndefined();
    expect(step(cursor, { data: { next: null } })).toBeUndefined();
    expect(() => step(cursor, { data: { more: true } })).toThrow(PaginationError);
  });

  it("cursor: falls back to the page number when there is no cursor but more (Thought Industries)", () => {
    const ti = { ...cursor, pageParam: "page", currentPage: "/current" };
    expect(step(ti, { data: { more: true, current: 3 } })).toEqual({ cursor: undefined, page: 4 });
    expect(step(ti, { query: { page: 1 }, data: { more: true } })).toEqual({ cursor: undefined, page: 2 });
    expect(step(ti, { query: { page: 4 }, data: { more: true, next: "c" } })).toEqual({
      page: undefined,
      cursor: "c",
    });
  });

  it("page: counts from 0 or 1, ends at the total, or on a short page without a total", () => {
    const zero: PaginationMeta = {
      style: "page",
      pageParam: "page",
      firstPage: 0,
      totalPages: "/total",
      sizeParam: "size",
    };
    expect(step(zero, { data: { total: 3 } })).toEqual({ page: 1 });
    expect(step(zero, { query: { page: 1 }, data: { total: 3 } })).toEqual({ page: 2 });
    expect(step(zero, { query: { page: 2 }, data: { total: 3 } })).toBeUndefined();
    const one: PaginationMeta = { style: "page", pageParam: "p", sizeParam: "size" };
    expect(step(one, { query: { size: 2 }, items: [1, 2] })).toEqual({ size: 2, p: 2 });
    expect(step(one, { query: { size: 2, p: 2 }, items: [1] })).toBeUndefined();
  });

  it("offset: advances by the items received, ends at the total", () => {
    const offset: PaginationMeta = { style: "offset", offsetParam: "offset", total: "/total" };
    expect(step(offset, { query: { offset: 10 }, items: [1, 2], data: { total: 20 } })).toEqual({
      offset: 12,
    });
    expect(step(offset, { query: { offset: 18 }, items: [1, 2], data: { total: 20 } })).toBeUndefined();
  });

  it("keyset: continues from the last item's key; an inclusive page counts its dropped boundary", () => {
    const keyset: PaginationMeta = {
      style: "keyset",
      keyParam: "startId",
      keyField: "/id",
      inclusive: true,
      sizeParam: "limit",
    };
    expect(step(keyset, { query: { limit: 2 }, items: [{ id: "a" }, { id: "b" }] })).toEqual({
      limit: 2,
      startId: "b",
    });
    // asked with a key: 1 boundary dropped + 1 item = a full page of 2
    expect(step(keyset, { query: { limit: 2, startId: "b" }, items: [{ id: "c" }] })).toEqual({
      limit: 2,
      startId: "c",
    });
    expect(step(keyset, { query: { limit: 3, startId: "b" }, items: [{ id: "c" }] })).toBeUndefined();
    expect(() => step(keyset, { items: [{}] })).toThrow(/id/);
    // a page of one would hold only the boundary: ask for two from the second page on
    expect(step(keyset, { query: { limit: 1 }, items: [{ id: "a" }] })).toEqual({ limit: 2, startId: "a" });
    expect(step(keyset, { query: { limit: 2, startId: "a" }, items: [{ id: "b" }] })).toEqual({
      limit: 2,
      startId: "b",
    });
  });

  it("next-query: merges the query string the body gives (Metacom)", () => {
    const nq: PaginationMeta = {
      style: "next-query",
      nextQuery: "/pagination/next",
      hasMore: "/pagination/hasNext",
    };
    const data = { pagination: { next: "limit=1&after=abc", hasNext: true } };
    expect(step(nq, { query: { limit: 1, q: "x" }, data })).toEqual({ limit: "1", q: "x", after: "abc" });
    expect(step(nq, { data: { pagination: { next: "", hasNext: false } } })).toBeUndefined();
    // more items promised but no way to reach them: fail instead of ending quietly
    expect(() => step(nq, { data: { pagination: { next: "", hasNext: true } } })).toThrow(PaginationError);
    expect(() => step(nq, { data: { pagination: { hasNext: true } } })).toThrow(PaginationError);
  });

  it("link: follows rel=next of an RFC 8288 Link header, whatever else it lists", () => {
    const link: PaginationMeta = { style: "link" };
    const header =
      '<https://a.test/x?page=1>; rel="prev first", <https://a.test/x?page=3&q=a%2Cb>; rel="next"';
    expect(step(link, { query: { page: 2, stale: 1 }, link: header })).toEqual({ page: "3", q: "a,b" });
    expect(step(link, { link: '<https://a.test/x?page=1>; rel="prev"' })).toBeUndefined();
    expect(step(link, {})).toBeUndefined();
  });

  it("window: asks for items older than the last one (newest first)", () => {
    const window: PaginationMeta = { style: "window", windowParam: "endDate", windowField: "/timestamp" };
    expect(step(window, { items: [{ timestamp: "2024-01-01T00:00:01.000Z" }] })).toEqual({
      endDate: Date.UTC(2024, 0, 1, 0, 0, 1) - 1,
    });
    expect(step(window, { items: [{ timestamp: 5000 }] })).toEqual({ endDate: 4999 });
    expect(() => step(window, { items: [{}] })).toThrow(PaginationError);
  });

  it("every style ends on an empty page or hasMore: false", () => {
    for (const style of ["cursor", "page", "offset", "keyset", "next-query", "link", "window"] as const) {
      expect(step({ style, hasMore: "/more" }, { items: [] })).toBeUndefined();
      expect(step({ style, hasMore: "/more" }, { data: { more: false } })).toBeUndefined();
    }
  });
});

describe("keysetPagination: the boundary item", () => {
  const keyset: PaginationMeta = { style: "keyset", keyParam: "startId", keyField: "/id", inclusive: true };
  const items = (query: object, page: unknown[], meta = keyset) => read(meta, { query, items: page }).items;

  it("drops the first item only when it is the requested key (compared as text)", () => {
    expect(items({ startId: "7" }, [{ id: 7 }, { id: 8 }])).toEqual([{ id: 8 }]);
    expect(items({ startId: "7" }, [{ id: 8 }])).toEqual([{ id: 8 }]);
    expect(items({}, [{ id: 7 }])).toEqual([{ id: 7 }]);
    expect(items({ startId: 7 }, [{ id: 7 }], { ...keyset, inclusive: false })).toEqual([{ id: 7 }]);
  });

  it("ends the walk on a page that holds only the boundary", () => {
    expect(read(keyset, { query: { startId: "7" }, items: [{ id: 7 }] })).toEqual({ items: [] });
  });
});
