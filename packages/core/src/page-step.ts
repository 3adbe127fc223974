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

type Step = (p: PaginationMeta, page: PageView, hasMore: boolean) => Query | undefined;

/**
 * The query of the page after `page`, or `undefined` at the end. Every style ends on an empty page
 * or an explicit `hasMore: false`; each then reads its own next state from the page. The result is
 * the page's query with the style's parameters replaced (a `link` replaces the whole query).
 */
export function nextQuery(p: PaginationMeta, page: PageView): Query | undefined {
  const hasMore = pick(page.data, p.hasMore);
  if (hasMore === false || !page.items.length) return undefined;
  const next = STEPS[p.style](p, page, hasMore === true);
  return next && (p.style == "link" ? next : { ...page.query, ...next });
}

const present = (v: unknown) => v != null && v !== "";
const last = (page: PageView, field?: string) => pick(page.items[page.items.length - 1], field);
const fail = (message: string): never => {
  throw new PaginationError(message);
};

/** Without an end signal, a page shorter than the size asked for is the last one. */
const short = (p: PaginationMeta, page: PageView, hasMore: boolean, extra = 0) =>
  !hasMore && page.items.length + extra < +(page.query[p.sizeParam!] ?? NaN);

/** The current page number: the one asked for, or the first. */
const current = (p: PaginationMeta, page: PageView, reported?: unknown) =>
  +(reported ?? page.query[p.pageParam!] ?? p.firstPage ?? 1);

const STEPS: Record<PaginationMeta["style"], Step> = {
  cursor(p, page, hasMore) {
    const cursor = pick(page.data, p.nextCursor);
    if (present(cursor))
      return { [p.cursorParam!]: cursor, ...(p.pageParam && { [p.pageParam]: undefined }) };
    if (!hasMore) return undefined;
    if (!p.pageParam) fail("the server says there are more items but sent no cursor");
    return {
      [p.cursorParam!]: undefined,
      [p.pageParam!]: current(p, page, pick(page.data, p.currentPage)) + 1,
    };
  },
  page(p, page, hasMore) {
    const n = current(p, page);
    const total = pick(page.data, p.totalPages) as number | undefined;
    if (total! <= n + 1 - (p.firstPage ?? 1) || short(p, page, hasMore)) return undefined;
    return { [p.pageParam!]: n + 1 };
  },
  offset(p, page, hasMore) {
    const offset = +(page.query[p.offsetParam!] ?? 0) + page.items.length;
    const total = pick(page.data, p.total) as number | undefined;
    return total! <= offset || short(p, page, hasMore) ? undefined : { [p.offsetParam!]: offset };
  },
  keyset(p, page, hasMore) {
    // an inclusive page asked for with a key lost its first item (the boundary) before this step
    if (short(p, page, hasMore, p.inclusive && page.query[p.keyParam!] !== undefined ? 1 : 0))
      return undefined;
    const key = last(page, p.keyField);
    return {
      [p.keyParam!]: present(key) ? key : fail(`the last item has no ${p.keyField} to continue from`),
      // an inclusive page of one would hold only the boundary, and the walk could never pass it
      ...(p.inclusive && page.query[p.sizeParam!] == 1 && { [p.sizeParam!]: 2 }),
    };
  },
  "next-query"(p, page, hasMore) {
    const next = pick(page.data, p.nextQuery);
    if (typeof next == "string" && next) return parseQuery(next);
    return hasMore ? fail("the server says there are more items but sent no next query") : undefined;
  },
  link(_p, page) {
    for (const [, target, params] of (page.response.headers.get("link") ?? "").matchAll(/<([^>]*)>([^,<]*)/g))
      if (/;\s*rel="?[^"]*\bnext\b/i.test(params!)) return parseQuery(target!);
    return undefined;
  },
  window(p, page) {
    const ms = millis(last(page, p.windowField));
    if (ms !== ms) fail(`the last item has no usable ${p.windowField} timestamp`);
    // with item keys, the next window includes the last millisecond and drops what was delivered
    return { [p.windowParam!]: p.windowKey ? ms : ms - 1 };
  },
};

/** `limit=1&after=x`, `?limit=1&after=x` or a full URL: its query as an object. */
function parseQuery(text: string): Query {
  return Object.fromEntries(new URLSearchParams(text.slice(text.indexOf("?") + 1)));
}

const millis = (stamp: unknown) => (typeof stamp == "number" ? stamp : Date.parse(stamp as string));

/**
 * The keys of a window page's items at its last millisecond (plus those already excluded there):
 * the next window starts at that millisecond and must not deliver them again.
 */
export function windowSeen(
  p: PaginationMeta,
  page: PageView,
  excluded: readonly string[] = [],
): string[] | undefined {
  if (p.style != "window" || !p.windowKey || !page.items.length) return undefined;
  const edge = millis(last(page, p.windowField));
  const carried = +(page.query[p.windowParam!] ?? NaN) === edge ? excluded : [];
  const atEdge = page.items.filter((item) => millis(pick(item, p.windowField)) === edge);
  return [...carried, ...atEdge.map((item) => String(pick(item, p.windowKey)))];
}

/**
 * A window page whose items were all delivered before: every item of its millisecond has been
 * seen, so the walk goes on one millisecond earlier. (A provider that returns more items of one
 * millisecond than fit in a page cannot be walked past them; nothing in its answers tells.)
 */
export function windowStepBack(p: PaginationMeta, query: Query): Query | undefined {
  const edge = +(query[p.windowParam!] ?? NaN);
  return p.style == "window" && edge === edge ? { ...query, [p.windowParam!]: edge - 1 } : undefined;
}

/**
 * Keyset pages whose start is inclusive begin with the item the previous page ended on: drop it.
 * Only an item whose key equals the requested key is dropped, so an exclusive server loses nothing.
 * Window pages drop the items of their first millisecond that an earlier page delivered (`exclude`).
 */
export function dropBoundary(
  p: PaginationMeta,
  query: Query,
  items: unknown[],
  exclude?: readonly string[],
): unknown[] {
  if (exclude?.length) return items.filter((item) => !exclude.includes(String(pick(item, p.windowKey))));
  const key = query[p.keyParam!];
  return p.style == "keyset" &&
    p.inclusive &&
    key !== undefined &&
    String(pick(items[0], p.keyField)) === String(key)
    ? items.slice(1)
    : items;
}
