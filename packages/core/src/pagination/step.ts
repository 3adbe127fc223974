import { PaginationError } from "../errors/classes.js";
import type { PageStyle, PageView, PaginationMeta, Query } from "./types.js";
import { pick } from "../spec/pointer.js";

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

export const present = (v: unknown) => v != null && v !== "";
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
export const parseQuery = (text: string): Query =>
  Object.fromEntries(new URLSearchParams(text.slice(text.indexOf("?") + 1)));
