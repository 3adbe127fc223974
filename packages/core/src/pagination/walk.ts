import { call } from "../request/call.js";
import { PaginationError } from "../errors/classes.js";
import { pick } from "../spec/pointer.js";
import { unwrap } from "../request/response.js";
import type {
  Page,
  PageLoad,
  PagePosition,
  PageStyle,
  PaginateOptions,
  PaginationMeta,
  Query,
} from "./types.js";
import type { CallContext, CallInit } from "../request/context.js";

type Load<Item> = (query: Query, index: number, exclude?: readonly string[]) => Promise<Page<Item>>;
/**
 * A page's state for loop detection: its query and exclusions, and whether the walk itself asked
 * for it (an inclusive keyset's first page, at the caller's start key, is not the page the walk
 * asks for with that same key next: that one drops its first item).
 */
const stateKey = (at: { query: Query; page: number; exclude?: readonly string[] }) =>
  JSON.stringify([at.query, at.exclude, at.page > 0]);

/**
 * Empty pages in a row, each saying more is to come, that a walk follows before it gives up with a
 * `PaginationError` (a server that sends an empty page between full ones loses nothing; one that
 * sends nothing but empty pages with new cursors cannot keep a walk going for ever).
 */
const MAX_EMPTY = 16;

/** How many of the latest page states a walk remembers to catch a server that loops. */
const RECENT = 64;

/**
 * Catches a walk whose next state repeats an earlier one, in constant memory: the last `RECENT`
 * states, plus one older state kept as a checkpoint, moved to pages 1, 2, 4, 8, … A server that
 * loops repeats a short cycle (it ignores the cursor and sends the same page, or two cursors
 * alternate): the repeat is one of the recent states and is caught at once. A longer cycle still
 * comes back to the checkpoint once the checkpoint lies in it, by about twice the pages walked
 * before the loop began plus its length, so no loop goes on forever.
 */
function loopDetector() {
  const recent = new Set<string>();
  let checkpoint: string | undefined;
  let pages = 0;
  return {
    /** Notes the state a page was fetched with. */
    fetched(key: string) {
      recent.add(key);
      if (recent.size > RECENT) recent.delete(recent.values().next().value!);
      if ((++pages & (pages - 1)) == 0) checkpoint = key;
    },
    repeats: (key: string) => key === checkpoint || recent.has(key),
  };
}

/**
 * The pages from `start` on, in order. Walks whose style knows how many pages there are (page
 * numbers with a reported total) fetch up to `concurrency` pages at once (`fanOut`); other walks
 * fetch the next page while the consumer works on this one (`prefetch`). When the consumer stops
 * early, or the caller's signal fires, what is in flight is aborted; a failed page surfaces only
 * when the consumer reaches it.
 */
export async function* walk<Item>(
  ctx: CallContext,
  path: string,
  p: PaginationMeta,
  style: PageStyle,
  init: CallInit,
  start: PagePosition | null,
  { concurrency = 4, prefetch = true }: PaginateOptions,
  /** Items the consumer can still take, counted from the start of the first page: no page is fetched ahead past them. */
  want = Infinity,
): AsyncGenerator<Page<Item>> {
  const outer = init.signal;
  const stop = new AbortController();
  const forward = () => stop.abort(outer!.reason);
  outer?.addEventListener("abort", forward);
  const load: Load<Item> = (query, index, exclude) => {
    const pending = loadPage<Item>(
      ctx,
      path,
      p,
      style,
      { ...init, signal: stop.signal },
      query,
      index,
      exclude,
    );
    pending.catch(() => undefined); // awaited later, or abandoned on purpose: never unhandled
    return pending;
  };
  const loops = loopDetector();
  let empty = 0;
  try {
    outer?.throwIfAborted();
    let pending = start && load(start.query, start.page, start.exclude);
    while (pending) {
      const page = await pending;
      outer?.throwIfAborted();
      pending = null;
      loops.fetched(stateKey(page));
      const { next } = page;
      want -= page.items.length;
      // the pages the consumer can still take items from (if they are as long as this one)
      const pages = Math.ceil(want / Math.max(1, page.items.length));
      const rest =
        concurrency > 1 && pages > 1 && next && style.fanOut?.(p, page, concurrency, load as PageLoad, pages);
      if (rest) {
        yield page;
        for await (const later of rest) {
          outer?.throwIfAborted();
          yield later as Page<Item>;
        }
        return;
      }
      empty = page.items.length || !next ? 0 : empty + 1;
      if (empty > MAX_EMPTY)
        throw new PaginationError(
          `GET ${ctx.redact(path)}: ${empty} empty pages in a row, each saying more is to come; stopping`,
        );
      const repeat = next && loops.repeats(stateKey(next));
      if (next && !repeat && prefetch && want > 0) pending = load(next.query, next.page, next.exclude);
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

async function loadPage<Item>(
  ctx: CallContext,
  path: string,
  p: PaginationMeta,
  style: PageStyle,
  init: CallInit,
  query: Query,
  index: number,
  exclude?: readonly string[],
): Promise<Page<Item>> {
  const result = await call(ctx, "GET", path, { ...init, params: { ...init.params, query } });
  const data = await unwrap(result);
  const all = p.items === undefined ? data : pick(data, p.items);
  if (!Array.isArray(all)) throw new PaginationError(`GET ${ctx.redact(path)}: no item array at ${p.items}`);
  const { response } = result;
  const read = style(p, { query, index, data, items: all, response }, exclude);
  const items = read.items as Item[];
  if (all.length && !items.length && p.windowMax && all.length >= p.windowMax)
    throw new PaginationError(
      `GET ${ctx.redact(path)}: ${all.length} items share the millisecond ${query[p.windowParam!]}; the window cannot move past them without losing some`,
    );
  const size = query[p.sizeParam!];
  const used = pick(data, p.sizeUsed);
  const { next } = read;
  return {
    items,
    data,
    response,
    query,
    page: index,
    requestedSize: size == null ? undefined : +size,
    usedSize: typeof used == "number" ? used : undefined,
    next: next
      ? { query: next, page: index + 1, skip: 0, ...(read.exclude && { exclude: read.exclude }) }
      : null,
    ...(exclude?.length && { exclude }),
  };
}
