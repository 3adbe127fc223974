import { PaginationError } from "./errors.js";
import type { PaginationMeta } from "./metadata.js";
import { pick } from "./pointer.js";

export type Query = Record<string, unknown>;

/** One fetched page, as the step functions see it. */
export interface PageView {
  readonly query: Query;
  readonly data: unknown;
  readonly items: readonly unknown[];
  readonly response: Response;
}

/**
 * The query of the page after `page`, or `undefined` at the end. Every style ends on an empty page
 * or an explicit `hasMore: false`; each then reads its own next state from the page.
 */
export function nextQuery(p: PaginationMeta, page: PageView): Query | undefined {
  const hasMore = pick(page.data, p.hasMore);
  if (hasMore === false || page.items.length === 0) return undefined;
  const next = STEPS[p.style](p, page, hasMore === true);
  return next && { ...page.query, ...next };
}

type Step = (p: PaginationMeta, page: PageView, hasMore: boolean) => Query | undefined;

const present = (v: unknown) => v !== undefined && v !== null && v !== "";
const num = (v: unknown, fallback: number) =>
  typeof v === "number" ? v : v === undefined ? fallback : Number(v);

/** A page shorter than the size asked for is the last one (for styles without an end signal). */
function short(p: PaginationMeta, page: PageView, extra = 0): boolean {
  const size = p.sizeParam === undefined ? undefined : page.query[p.sizeParam];
  return size !== undefined && page.items.length + extra < Number(size);
}

const STEPS: Record<PaginationMeta["style"], Step> = {
  cursor(p, page, hasMore) {
    const cursor = pick(page.data, p.nextCursor);
    if (present(cursor))
      return p.pageParam
        ? { [p.cursorParam!]: cursor, [p.pageParam]: undefined }
        : { [p.cursorParam!]: cursor };
    if (!hasMore) return undefined;
    if (!p.pageParam) throw new PaginationError("the server says there are more items but sent no cursor");
    const current = num(pick(page.data, p.currentPage) ?? page.query[p.pageParam], p.firstPage ?? 1);
    return { [p.pageParam]: current + 1 };
  },
  page(p, page, hasMore) {
    const current = num(page.query[p.pageParam!], p.firstPage ?? 1);
    const total = pick(page.data, p.totalPages);
    if (typeof total === "number" && current + 1 - (p.firstPage ?? 1) >= total) return undefined;
    if (total === undefined && !hasMore && short(p, page)) return undefined;
    return { [p.pageParam!]: current + 1 };
  },
  offset(p, page, hasMore) {
    const offset = num(page.query[p.offsetParam!], 0) + page.items.length;
    const total = pick(page.data, p.total);
    if (typeof total === "number" && offset >= total) return undefined;
    if (total === undefined && !hasMore && short(p, page)) return undefined;
    return { [p.offsetParam!]: offset };
  },
  keyset(p, page, hasMore) {
    const boundary = p.inclusive && page.query[p.keyParam!] !== undefined ? 1 : 0;
    if (!hasMore && short(p, page, boundary)) return undefined;
    const key = pick(page.items[page.items.length - 1], p.keyField);
    if (!present(key)) throw new PaginationError(`the last item has no ${p.keyField} to continue from`);
    return { [p.keyParam!]: key };
  },
  "next-query"(p, page) {
    const next = pick(page.data, p.nextQuery);
    return typeof next === "string" && next ? parseQuery(next) : undefined;
  },
  link(_p, page) {
    const next = /<([^>]*)>\s*;[^,]*rel="?next"?/i.exec(page.response.headers.get("link") ?? "");
    return next ? parseQuery(next[1]!) : undefined;
  },
  window(p, page) {
    const last = pick(page.items[page.items.length - 1], p.windowField);
    const ms = typeof last === "number" ? last : Date.parse(String(last));
    if (Number.isNaN(ms)) throw new PaginationError(`the last item has no usable ${p.windowField} timestamp`);
    return { [p.windowParam!]: ms - 1 };
  },
};

/** `limit=1&after=x`, `?limit=1&after=x` or a full URL: its query as an object. */
function parseQuery(text: string): Query {
  const search = text.includes("?") ? text.slice(text.indexOf("?") + 1) : text;
  return Object.fromEntries(new URLSearchParams(search));
}

/**
 * Keyset pages whose start is inclusive begin with the item the previous page ended on: drop it.
 * Only an item whose key equals the requested key is dropped, so an exclusive server loses nothing.
 */
export function dropBoundary(p: PaginationMeta, query: Query, items: readonly unknown[]): readonly unknown[] {
  if (p.style !== "keyset" || !p.inclusive) return items;
  const key = query[p.keyParam!];
  return key !== undefined && items.length && pick(items[0], p.keyField) === key ? items.slice(1) : items;
}
