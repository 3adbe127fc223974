import type { Pointer } from "../spec/pointer.js";

/** What a paginated walk is made of: the spec's `x-pagination`, the pages, positions and styles. */

export type PaginationStyle = "cursor" | "page" | "offset" | "keyset" | "next-query" | "link" | "window";

export interface PaginationMeta {
  readonly style: PaginationStyle;
  readonly items?: Pointer;
  readonly hasMore?: Pointer;
  readonly sizeParam?: string;
  readonly sizeUsed?: Pointer;
  /** An empty page ends the walk even when it says more is to come (the provider cannot tell). */
  readonly emptyPageEnds?: boolean;
  readonly cursorParam?: string;
  readonly nextCursor?: Pointer;
  readonly pageParam?: string;
  readonly firstPage?: number;
  readonly currentPage?: Pointer;
  readonly totalPages?: Pointer;
  readonly offsetParam?: string;
  readonly total?: Pointer;
  readonly keyParam?: string;
  readonly keyField?: string;
  readonly inclusive?: boolean;
  readonly nextQuery?: Pointer;
  readonly windowParam?: string;
  readonly windowField?: string;
  /**
   * A pointer to an item's unique id. With it, the next window starts at the last item's timestamp
   * itself (not one millisecond before) and drops the items already delivered, so items sharing a
   * millisecond across a page boundary are not lost.
   */
  readonly windowKey?: string;
  /**
   * The most items the server returns per call. A full page whose items were all delivered before
   * means more items share one millisecond than the window can move past: a `PaginationError`.
   */
  readonly windowMax?: number;
}

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

/**
 * Where a walk stands: the query of the page to fetch next, its index, and how many of its items
 * were already delivered. Plain data: save it as JSON and pass it back as `resume`.
 */
export interface PagePosition {
  readonly query: Query;
  readonly page: number;
  readonly skip: number;
  /** Keys of items the page starts with that an earlier page delivered (window walks). */
  readonly exclude?: readonly string[];
}

/** One page of a walk, with the raw response. */
export interface Page<Item> {
  /** The page's items (after a resume mid-page, only those not yet delivered). */
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
  /** Keys of items dropped from this page because an earlier page delivered them (window walks). */
  readonly exclude?: readonly string[];
}

export interface PaginateOptions {
  /** Continue a walk from a saved `position` (`null`: it had ended). */
  resume?: PagePosition | null;
  /** Pages fetched at once when the total is known (page-number APIs); 1 turns it off. @default 4 */
  concurrency?: number;
  /** Fetch the next page while the current one is consumed (sequential styles); false turns it off. @default true */
  prefetch?: boolean;
}

/** Every item of every page, fetched lazily; also the pages, a bounded collect and a resumable position. */
export interface Paginator<Item> extends AsyncIterable<Item> {
  /** The pages, each with its items and raw response. */
  pages(): AsyncIterable<Page<Item>>;
  /** Collects at most `max` items (default: all); `position` then says where the rest starts. */
  toArray(options?: { max?: number }): Promise<Item[]>;
  /** The position after the last item (or page) delivered; `null` once the walk has ended. */
  readonly position: PagePosition | null;
}
