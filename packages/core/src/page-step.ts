import { PaginationError } from "./errors.js";
import type { PaginationMeta } from "./metadata.js";
import type { Page } from "./paginate.js";
import { pick } from "./pointer.js";

export type Query = Record<string, unknown>;

/** One fetched page, as a style reads it. */
export interface PageView {
  readonly query: Query;
  readonly data: unknown;
  /** The page's item array, as the server sent it. */
  readonly items: readonly unknown[];
  readonly response: Response;
}

/** A page as its style reads it: the items to deliver, and where the walk goes next. */
export interface PageRead {
  readonly items: unknown[];
  /** The next page's query; undefined at the end. */
  readonly next?: Query;
  /** Keys of items the next page starts with that this one delivered (window walks). */
  readonly exclude?: string[];
}

/** Loads the page at `query`, the `index`-th of the walk. */
export type PageLoad = (query: Query, index: number) => Promise<Page<unknown>>;

/**
 * How core walks one `x-pagination` style: it reads each page. The generated metadata of a
 * provider links the styles its spec uses (`pageStyles`), so a client ships only those.
 */
export type PageStyle = ((p: PaginationMeta, page: PageView, exclude?: readonly string[]) => PageRead) & {
  /**
   * The pages after `first`, `concurrency` in flight at a time, yielded in order: for a style whose
   * pages say how many there are (undefined when `first` does not).
   */
  fanOut?(
    p: PaginationMeta,
    first: Page<unknown>,
    concurrency: number,
    load: PageLoad,
  ): AsyncIterable<Page<unknown>> | undefined;
};

type Step = (p: PaginationMeta, page: PageView, hasMore: boolean) => Query | undefined;

/**
 * A style that delivers every item of a page and reads its next state with `step`. Every style
 * ends on an empty page or an explicit `hasMore: false`; otherwise the next query is the page's
 * with the style's parameters replaced (`replace`: the step's query replaces it whole).
 */
export function stepping(step: Step, replace = false): PageStyle {
  return (p, page) => {
    const items = page.items as unknown[];
    const hasMore = pick(page.data, p.hasMore);
    if (hasMore === false || !items.length) return { items };
    const next = step(p, page, hasMore === true);
    return { items, next: next && (replace ? next : { ...page.query, ...next }) };
  };
}

const present = (v: unknown) => v != null && v !== "";
export const last = (page: PageView, field?: string) => pick(page.items[page.items.length - 1], field);
export const fail = (message: string): never => {
  throw new PaginationError(message);
};

/** Without an end signal, a page shorter than the size asked for is the last one. */
export const short = (p: PaginationMeta, page: PageView, hasMore: boolean, extra = 0) =>
  !hasMore && page.items.length + extra < +(page.query[p.sizeParam!] ?? NaN);

/** The current page number: the one asked for, or the first. */
export const current = (p: PaginationMeta, page: PageView, reported?: unknown) =>
  +(reported ?? page.query[p.pageParam!] ?? p.firstPage ?? 1);

/** `limit=1&after=x`, `?limit=1&after=x` or a full URL: its query as an object. */
const parseQuery = (text: string): Query =>
  Object.fromEntries(new URLSearchParams(text.slice(text.indexOf("?") + 1)));

/** `cursor`: the next cursor from the body; Thought Industries' page number when there is none but more. */
export const cursorPagination = /* @__PURE__ */ stepping((p, page, hasMore) => {
  const cursor = pick(page.data, p.nextCursor);
  if (present(cursor)) return { [p.cursorParam!]: cursor, ...(p.pageParam && { [p.pageParam]: undefined }) };
  if (!hasMore) return undefined;
  if (!p.pageParam) fail("the server says there are more items but sent no cursor");
  return {
    [p.cursorParam!]: undefined,
    [p.pageParam!]: current(p, page, pick(page.data, p.currentPage)) + 1,
  };
});

/** `offset`: advances by the items received, up to the reported total or a short page. */
export const offsetPagination = /* @__PURE__ */ stepping((p, page, hasMore) => {
  const offset = +(page.query[p.offsetParam!] ?? 0) + page.items.length;
  const total = pick(page.data, p.total) as number | undefined;
  return total! <= offset || short(p, page, hasMore) ? undefined : { [p.offsetParam!]: offset };
});

const keysetStep = /* @__PURE__ */ stepping((p, page, hasMore) => {
  // an inclusive page asked for with a key lost its first item (the boundary) before this step
  if (short(p, page, hasMore, p.inclusive && page.query[p.keyParam!] !== undefined ? 1 : 0)) return undefined;
  const key = last(page, p.keyField);
  return {
    [p.keyParam!]: present(key) ? key : fail(`the last item has no ${p.keyField} to continue from`),
    // an inclusive page of one would hold only the boundary, and the walk could never pass it
    ...(p.inclusive && page.query[p.sizeParam!] == 1 && { [p.sizeParam!]: 2 }),
  };
});

/**
 * `keyset`: continues from the last item's key. A page whose start is inclusive begins with the item
 * the previous page ended on: it is dropped, but only when its key equals the requested key, so an
 * exclusive server loses nothing.
 */
export const keysetPagination: PageStyle = (p, page) => {
  const key = page.query[p.keyParam!];
  const boundary =
    p.inclusive && key !== undefined && String(pick(page.items[0], p.keyField)) === String(key);
  return keysetStep(p, boundary ? { ...page, items: page.items.slice(1) } : page);
};

/** `next-query`: a query string the body gives (Metacom), merged into the page's query. */
export const nextQueryPagination = /* @__PURE__ */ stepping((p, page, hasMore) => {
  const next = pick(page.data, p.nextQuery);
  if (typeof next == "string" && next) return parseQuery(next);
  return hasMore ? fail("the server says there are more items but sent no next query") : undefined;
});

/** `link`: the `rel="next"` target of an RFC 8288 `Link` header, whose query replaces the page's. */
export const linkPagination = /* @__PURE__ */ stepping((_p, page) => {
  for (const [, target, params] of (page.response.headers.get("link") ?? "").matchAll(/<([^>]*)>([^,<]*)/g))
    if (/;\s*rel="?[^"]*\bnext\b/i.test(params!)) return parseQuery(target!);
  return undefined;
}, true);
