import { PaginationError } from "./errors.js";
import type { PaginationMeta } from "./metadata.js";
import type { Page, PagePosition } from "./paginate.js";
import { pick } from "./pointer.js";

export type Query = Record<string, unknown>;

/** One fetched page, as a style reads it. */
export interface PageView {
  readonly query: Query;
  /** The page's index in the walk, from 0: a page after the first was asked for by the walk itself. */
  readonly index: number;
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
   * The pages after `first`, `concurrency` in flight at a time, at most `most` of them, yielded in
   * order: for a style whose pages say how many there are (undefined when `first` does not).
   */
  fanOut?(
    p: PaginationMeta,
    first: Page<unknown>,
    concurrency: number,
    load: PageLoad,
    most?: number,
  ): AsyncIterable<Page<unknown>> | undefined;
  /**
   * Where a walk resumes after the first `delivered` items of `page`, for a style that can say it
   * better than by a count of items (undefined: the page's query and the count).
   */
  inside?(p: PaginationMeta, page: Page<unknown>, delivered: number): PagePosition | undefined;
};

type Step = (p: PaginationMeta, page: PageView, hasMore: boolean) => Query | undefined;

/**
 * A style that delivers every item of a page and reads its next state with `step`. Every style
 * ends on an explicit `hasMore: false`, and on an empty page unless it says `hasMore: true` (and
 * the spec does not declare `emptyPageEnds`);
 * otherwise the next query is the page's with the style's parameters replaced (`replace`: the
 * step's query replaces it whole).
 */
export function stepping(step: Step, replace = false): PageStyle {
  return (p, page) => {
    const items = page.items as unknown[];
    const hasMore = pick(page.data, p.hasMore);
    if (hasMore === false || (!items.length && (hasMore !== true || p.emptyPageEnds))) return { items };
    const next = step(p, page, hasMore === true);
    return { items, next: next && (replace ? next : { ...page.query, ...next }) };
  };
}

const present = (v: unknown) => v != null && v !== "";
export const last = (page: PageView, field?: string) => pick(page.items[page.items.length - 1], field);
export const fail = (message: string): never => {
  throw new PaginationError(message);
};

/**
 * Without an end signal, a page shorter than its size is the last one: the size the server reports
 * having used when it says (it may clamp what was asked), else the size asked for.
 */
export const short = (p: PaginationMeta, page: PageView, hasMore: boolean, extra = 0) => {
  const used = pick(page.data, p.sizeUsed);
  const size = typeof used == "number" && used > 0 ? used : +(page.query[p.sizeParam!] ?? NaN);
  return !hasMore && page.items.length + extra < size;
};

/** A reported total (of pages, or of items) as a number; undefined when the page reports none. */
export const reported = (page: PageView, pointer: PaginationMeta["total"]) => {
  const n = pick(page.data, pointer);
  return typeof n == "number" && n >= 0 ? n : undefined;
};

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

/** `offset`: advances by the items received, up to the reported total (else to a short page). */
export const offsetPagination = /* @__PURE__ */ stepping((p, page, hasMore) => {
  const offset = +(page.query[p.offsetParam!] ?? 0) + page.items.length;
  const total = reported(page, p.total);
  const end = total === undefined ? short(p, page, hasMore) : total <= offset;
  return end ? undefined : { [p.offsetParam!]: offset };
});

const keysetStep = /* @__PURE__ */ stepping((p, page, hasMore) => {
  // an inclusive page the walk asked for lost its first item (the boundary) before this step
  if (short(p, page, hasMore, +walkBoundary(p, page))) return undefined;
  const key = last(page, p.keyField);
  return {
    [p.keyParam!]: present(key) ? key : fail(`the last item has no ${p.keyField} to continue from`),
    // an inclusive page of one would hold only the boundary, and the walk could never pass it
    ...(p.inclusive && page.query[p.sizeParam!] == 1 && { [p.sizeParam!]: 2 }),
  };
});

/** Whether a page starts from a key the walk took from its previous page (not the caller's own start). */
const walkBoundary = (p: PaginationMeta, page: PageView) =>
  !!p.inclusive && page.index > 0 && page.query[p.keyParam!] !== undefined;

/**
 * `keyset`: continues from the last item's key. A page the walk asked for from an inclusive key
 * begins with the item the previous page ended on: it is dropped, but only when its key equals the
 * requested key, so an exclusive server loses nothing. The caller's own start key is kept: the
 * first page starts with that item, as the caller asked.
 */
export const keysetPagination: PageStyle = (p, page) => {
  const boundary =
    walkBoundary(p, page) && String(pick(page.items[0], p.keyField)) === String(page.query[p.keyParam!]);
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
  const target = nextLink(page.response.headers.get("link") ?? "");
  return target === undefined ? undefined : parseQuery(target);
}, true);

/**
 * The target of the link whose `rel` names the relation type `next` (RFC 8288: `rel` is a
 * space-separated list of types, compared case-insensitively; other parameters, such as a `title`
 * of "next", and types such as `next-page` do not count).
 */
export function nextLink(header: string): string | undefined {
  for (const [, target, params] of header.matchAll(/<([^>]*)>((?:[^,"<]|"(?:[^"\\]|\\.)*")*)/g)) {
    for (const [, name, quoted, token] of params!.matchAll(
      /;\s*([^\s=;]+)\s*(?:=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s;,]*)))?/g,
    ))
      if (name!.toLowerCase() == "rel" && (quoted ?? token ?? "").toLowerCase().split(/\s+/).includes("next"))
        return target;
  }
  return undefined;
}
