import { type CallContext, type CallOptions, call } from "./call.js";
import { PaginationError } from "./errors.js";
import type { PaginationMeta } from "./metadata.js";
import { type Query, dropBoundary, nextQuery } from "./page-step.js";
import { pick } from "./pointer.js";
import { unwrap } from "./response.js";

/** Where a walk stands: the query of the next page, and how many of its items were delivered. */
export interface PagePosition {
  readonly query: Query;
  readonly page: number;
  readonly skip: number;
}

/** One page of a walk, with the raw response. */
export interface Page<Item> {
  readonly items: Item[];
  readonly data: unknown;
  readonly response: Response;
  /** The query this page was fetched with. */
  readonly query: Query;
  /** The page's index in the walk, from 0 (a resumed walk keeps counting). */
  readonly page: number;
  /** The page size asked for, and the one the server reports having used (it may clamp). */
  readonly requestedSize?: number;
  readonly usedSize?: number;
  /** Where the walk continues after this page; `null` after the last. */
  readonly next: PagePosition | null;
}

export interface PaginateOptions {
  /** Continue a walk from a saved `position` (`null`: it had ended). */
  resume?: PagePosition | null;
  /** Pages fetched at once when the total is known (page-number APIs); 1 turns it off. @default 4 */
  concurrency?: number;
  /** Fetch the next page while the current one is consumed (sequential styles). @default true */
  prefetch?: boolean;
}

/** Every item of every page, fetched lazily; also the pages, a bounded collect and a resumable position. */
export interface Paginator<Item> extends AsyncIterable<Item> {
  pages(): AsyncIterable<Page<Item>>;
  /** Collects at most `max` items (default 100,000); `position` then says where the rest starts. */
  toArray(options?: { max?: number }): Promise<Item[]>;
  /** The position after the last item (or page) delivered; `null` once the walk has ended. */
  readonly position: PagePosition | null;
}

export type PaginateInit = CallOptions & {
  params?: { query?: Query; [k: string]: unknown };
  [k: string]: unknown;
};
type Load<Item> = (query: Query, page: number) => Promise<Page<Item>>;

export function createPaginator<Item>(
  ctx: CallContext,
  path: string,
  init: PaginateInit = {},
  options: PaginateOptions = {},
): Paginator<Item> {
  const p = ctx.meta.operations[`GET ${path}`]?.pagination;
  if (!p) throw new PaginationError(`GET ${path} is not a paginated operation`);
  let position: PagePosition | null =
    options.resume === undefined ? { query: { ...init.params?.query }, page: 0, skip: 0 } : options.resume;

  async function* pages() {
    for await (const page of walk<Item>(ctx, path, p!, init, position, options)) {
      position = page.next;
      yield page;
    }
  }
  async function* items() {
    let skip = position?.skip ?? 0;
    for await (const page of walk<Item>(ctx, path, p!, init, position, options)) {
      const { items: list, next } = page;
      if (list.length <= skip) position = next;
      for (let i = skip; i < list.length; i++) {
        position = i + 1 < list.length ? { query: page.query, page: page.page, skip: i + 1 } : next;
        yield list[i]!;
      }
      skip = 0;
    }
  }
  return {
    [Symbol.asyncIterator]: items,
    pages,
    async toArray({ max = 100_000 } = {}) {
      const out: Item[] = [];
      if (max > 0) for await (const item of items()) if (out.push(item) >= max) break;
      return out;
    },
    get position() {
      return position;
    },
  };
}

/** The pages from `start` on, in order; stops in-flight requests when the consumer stops. */
async function* walk<Item>(
  ctx: CallContext,
  path: string,
  p: PaginationMeta,
  init: PaginateInit,
  start: PagePosition | null,
  options: PaginateOptions,
) {
  if (!start) return;
  const stop = new AbortController();
  const signal = init.signal ? AbortSignal.any([init.signal, stop.signal]) : stop.signal;
  const load: Load<Item> = (query, page) => {
    const pending = loadPage<Item>(ctx, path, p, { ...init, signal }, query, page);
    pending.catch(() => undefined); // awaited later; never an unhandled rejection
    return pending;
  };
  const concurrency = options.concurrency ?? 4;
  try {
    const seen = new Set([JSON.stringify(start.query)]);
    let pending = load(start.query, start.page);
    for (;;) {
      const page = await pending;
      const total = pick(page.data, p.totalPages);
      if (p.style === "page" && typeof total === "number" && concurrency > 1 && page.next) {
        yield page;
        return yield* concurrent(page, (p.firstPage ?? 1) + total - 1, p, concurrency, load);
      }
      if (page.next) {
        const key = JSON.stringify(page.next.query);
        if (seen.has(key))
          throw new PaginationError(`GET ${path}: the server sent the same next page twice; stopping`);
        seen.add(key);
        if (options.prefetch !== false) pending = load(page.next.query, page.next.page);
      }
      yield page;
      if (!page.next) return;
      if (options.prefetch === false) pending = load(page.next.query, page.next.page);
    }
  } finally {
    stop.abort();
  }
}

/** Pages after `first` up to `last`, `concurrency` at a time, yielded in order. */
async function* concurrent<Item>(
  first: Page<Item>,
  last: number,
  p: PaginationMeta,
  concurrency: number,
  load: Load<Item>,
) {
  const param = p.pageParam!;
  const queue: Promise<Page<Item>>[] = [];
  let number = Number(first.query[param] ?? p.firstPage ?? 1) + 1;
  let index = first.page + 1;
  const fill = () => {
    while (queue.length < concurrency && number <= last)
      queue.push(load({ ...first.query, [param]: number++ }, index++));
  };
  fill();
  while (queue.length) {
    const page = await queue.shift()!;
    fill();
    yield page;
    if (!page.next) return;
  }
}

async function loadPage<Item>(
  ctx: CallContext,
  path: string,
  p: PaginationMeta,
  init: PaginateInit,
  query: Query,
  index: number,
): Promise<Page<Item>> {
  const result = await call(ctx, "GET", path, { ...init, params: { ...init.params, query } });
  const data = await unwrap(result);
  const all = p.items === undefined ? data : pick(data, p.items);
  if (!Array.isArray(all))
    throw new PaginationError(`GET ${path}: the response has no item array at ${String(p.items)}`);
  const items = dropBoundary(p, query, all) as Item[];
  const view = { query, data, items, response: result.response };
  const next = nextQuery(p, view);
  const size = p.sizeParam === undefined ? undefined : query[p.sizeParam];
  const used = pick(data, p.sizeUsed);
  return {
    ...view,
    page: index,
    requestedSize: size === undefined ? undefined : Number(size),
    usedSize: typeof used === "number" ? used : undefined,
    next: next ? { query: next, page: index + 1, skip: 0 } : null,
  };
}
