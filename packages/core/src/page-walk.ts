import { type CallContext, type CallInit, call } from "./call.js";
import { PaginationError } from "./errors.js";
import type { PaginationMeta } from "./metadata.js";
import { type Query, dropBoundary, nextQuery, windowSeen, windowStepBack } from "./page-step.js";
import type { Page, PagePosition, PaginateOptions } from "./paginate.js";
import { pick } from "./pointer.js";
import { unwrap } from "./response.js";

type Load<Item> = (query: Query, index: number, exclude?: readonly string[]) => Promise<Page<Item>>;
const stateKey = (at: { query: Query; exclude?: readonly string[] }) =>
  JSON.stringify([at.query, at.exclude]);

/**
 * The pages from `start` on, in order. Page-number walks whose total is known fetch up to
 * `concurrency` pages at once; other walks fetch the next page while the consumer works on this one
 * (`prefetch`). When the consumer stops early, or the caller's signal fires, what is in flight is
 * aborted; a failed page surfaces only when the consumer reaches it.
 */
export async function* walk<Item>(
  ctx: CallContext,
  path: string,
  p: PaginationMeta,
  init: CallInit,
  start: PagePosition | null,
  { concurrency = 4, prefetch = true }: PaginateOptions,
): AsyncGenerator<Page<Item>> {
  const outer = init.signal;
  const stop = new AbortController();
  const forward = () => stop.abort(outer!.reason);
  outer?.addEventListener("abort", forward);
  const load: Load<Item> = (query, index, exclude) => {
    const pending = loadPage<Item>(ctx, path, p, { ...init, signal: stop.signal }, query, index, exclude);
    pending.catch(() => undefined); // awaited later, or abandoned on purpose: never unhandled
    return pending;
  };
  const seen = new Set<string>();
  try {
    outer?.throwIfAborted();
    let pending = start && load(start.query, start.page, start.exclude);
    while (pending) {
      const page = await pending;
      outer?.throwIfAborted();
      pending = null;
      seen.add(stateKey(page));
      const { next } = page;
      const total = pick(page.data, p.totalPages);
      if (p.style == "page" && typeof total == "number" && concurrency > 1 && next) {
        const rest = inOrder(page, (p.firstPage ?? 1) + total - 1, p.pageParam!, concurrency, load);
        yield page;
        for await (const later of rest) {
          outer?.throwIfAborted();
          yield later;
        }
        return;
      }
      const repeat = next && seen.has(stateKey(next));
      if (next && !repeat && prefetch) pending = load(next.query, next.page, next.exclude);
      yield page;
      if (repeat)
        throw new PaginationError(
          `GET ${ctx.redact(path)}: the server sent the same next page again; stopping`,
        );
      if (next) pending ??= load(next.query, next.page, next.exclude);
    }
  } finally {
    stop.abort();
    outer?.removeEventListener("abort", forward);
  }
}

/**
 * The pages after `first` up to page number `last`, `concurrency` in flight at a time (the first
 * ones requested at once), yielded in order.
 */
function inOrder<Item>(
  first: Page<Item>,
  last: number,
  param: string,
  concurrency: number,
  load: Load<Item>,
) {
  const queue: Promise<Page<Item>>[] = [];
  let number = +first.next!.query[param]!;
  let index = first.page;
  const fill = () => {
    while (queue.length < concurrency && number <= last)
      queue.push(load({ ...first.query, [param]: number++ }, ++index));
  };
  fill();
  return (async function* () {
    for (let pending; (pending = queue.shift());) {
      const page = await pending;
      fill();
      yield page;
      if (!page.next) return;
    }
  })();
}

async function loadPage<Item>(
  ctx: CallContext,
  path: string,
  p: PaginationMeta,
  init: CallInit,
  query: Query,
  index: number,
  exclude?: readonly string[],
): Promise<Page<Item>> {
  const result = await call(ctx, "GET", path, { ...init, params: { ...init.params, query } });
  const data = await unwrap(result);
  const all = p.items === undefined ? data : pick(data, p.items);
  if (!Array.isArray(all)) throw new PaginationError(`GET ${ctx.redact(path)}: no item array at ${p.items}`);
  const items = dropBoundary(p, query, all, exclude) as Item[];
  const view = { query, data, items, response: result.response };
  if (all.length && !items.length && p.windowMax && all.length >= p.windowMax)
    throw new PaginationError(
      `GET ${ctx.redact(path)}: ${all.length} items share the millisecond ${query[p.windowParam!]}; the window cannot move past them without losing some`,
    );
  // a window call that returned fewer items than it could holds everything up to its end: the last
  const last = p.style == "window" && all.length < (p.windowMax ?? 0);
  const next = last ? undefined : all.length && !items.length ? windowStepBack(p, query) : nextQuery(p, view);
  const nextExclude = next && windowSeen(p, view, exclude);
  const size = query[p.sizeParam!];
  const used = pick(data, p.sizeUsed);
  return {
    items,
    data,
    response: result.response,
    query,
    page: index,
    requestedSize: size == null ? undefined : +size,
    usedSize: typeof used == "number" ? used : undefined,
    next: next
      ? { query: next, page: index + 1, skip: 0, ...(nextExclude && { exclude: nextExclude }) }
      : null,
    ...(exclude?.length && { exclude }),
  };
}
