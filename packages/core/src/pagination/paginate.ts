import { PaginationError } from "../errors/classes.js";
import { invalidField } from "../errors/invalid.js";
import { check, checkCallOptions } from "../client/options.js";
import { walk } from "./walk.js";
import type {
  Page,
  PagePosition,
  PageStyle,
  PaginateOptions,
  PaginationMeta,
  Paginator,
  Query,
} from "./types.js";
import type { CallContext, CallOptions } from "../request/context.js";

export type PaginateInit = CallOptions & {
  params?: { query?: Query; [k: string]: unknown };
  [k: string]: unknown;
};

/** Walks the paginated operation `GET path` as its `x-pagination` describes. */
export function createPaginator<Item>(
  ctx: CallContext,
  path: string,
  init: PaginateInit = {},
  options: PaginateOptions = {},
): Paginator<Item> {
  const p = ctx.operation("GET", path)?.pagination;
  if (!p) throw new PaginationError(`GET ${ctx.redact(path)} is not a paginated operation`);
  const style = ctx.meta.pageStyles?.[p.style];
  if (!style)
    throw new PaginationError(
      `GET ${ctx.redact(path)}: the metadata links no ${p.style} pagination (regenerate it)`,
    );
  check(options.concurrency, "concurrency", "positive");
  check(options.prefetch, "prefetch", "boolean");
  checkCallOptions(init);
  let saved: PagePosition | null =
    options.resume !== undefined
      ? checkPosition(options.resume)
      : { query: { ...init.params?.query }, page: 0, skip: 0 };
  // mid-page, the position is made only when read: a page and the count of its items delivered
  let midPage: Page<Item> | undefined;
  let delivered = 0;
  const position = (): PagePosition | null => {
    if (midPage) saved = inside(style!, p!, midPage, delivered);
    midPage = undefined;
    return saved;
  };

  /** The pages from the position on, each with the count of its items already delivered. */
  async function* run(want = Infinity) {
    const start = position();
    let skip = start?.skip ?? 0;
    for await (const page of walk<Item>(ctx, path, p!, style!, init, start, options, want + skip)) {
      yield { page, skip };
      skip = 0;
    }
  }
  async function* pages() {
    for await (const { page, skip } of run()) {
      saved = page.next;
      yield skip ? { ...page, items: page.items.slice(skip) } : page;
    }
  }
  async function* items(want?: number) {
    for await (const { page, skip } of run(want)) {
      const list = page.items;
      if (skip >= list.length) saved = page.next;
      // the position moves before each item is handed over: a consumer that stops after it resumes after it
      for (let i = skip; i < list.length; i++) {
        init.signal?.throwIfAborted();
        if (i + 1 < list.length) ((midPage = page), (delivered = i + 1));
        else ((midPage = undefined), (saved = page.next));
        yield list[i]!;
      }
    }
  }
  return {
    [Symbol.asyncIterator]: () => items(),
    pages,
    async toArray({ max = Infinity } = {}) {
      const out: Item[] = [];
      const start = position();
      try {
        // no page is fetched (ahead or at once) for items past `max`
        if (max > 0) for await (const item of items(max)) if (out.push(item) >= max) break;
      } catch (error) {
        // nothing collected reaches the caller: a resume must deliver those items again
        ((midPage = undefined), (saved = start));
        throw error;
      }
      return out;
    },
    get position() {
      return position();
    },
  };
}

/** The position after the first `delivered` items of `page`: as its style says, else its query and the count. */
function inside(style: PageStyle, p: PaginationMeta, page: Page<unknown>, delivered: number): PagePosition {
  const { query, exclude } = page;
  return (
    style.inside?.(p, page, delivered) ?? {
      query,
      page: page.page,
      skip: delivered,
      ...(exclude && { exclude }),
    }
  );
}

/**
 * A saved position, checked before any request: a forged or corrupted one (a negative or
 * fractional `skip`, a `query` that is not an object) is a `ValidationError` naming the field.
 */
function checkPosition(at: PagePosition | null): PagePosition | null {
  if (at === null) return null;
  check(at ?? 0, "resume", "object");
  check(at.query ?? 0, "resume.query", "object");
  check(at.page ?? -1, "resume.page", "count");
  check(at.skip ?? -1, "resume.skip", "count");
  const { exclude } = at;
  if (exclude !== undefined && !(Array.isArray(exclude) && exclude.every((k) => typeof k == "string")))
    invalidField("resume.exclude", "type", "must be a list of strings");
  return at;
}
