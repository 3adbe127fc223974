/** One page of a page-numbered list. */
export interface PageSlice<T> {
  readonly items: T[];
  /** The page asked for, in the caller's numbering. */
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly totalPages: number;
  readonly hasMore: boolean;
}

/** Slices page `page` of `items`; `firstPage` says whether pages count from 0 or 1. */
export function slicePage<T>(
  items: readonly T[],
  page: number,
  pageSize: number,
  firstPage: 0 | 1 = 0,
): PageSlice<T> {
  assertPositive(pageSize, "pageSize");
  const index = Math.max(0, page - firstPage);
  const start = index * pageSize;
  const totalPages = Math.ceil(items.length / pageSize);
  return {
    items: items.slice(start, start + pageSize),
    page,
    pageSize,
    total: items.length,
    totalPages,
    hasMore: index + 1 < totalPages,
  };
}

/** One window of an offset-addressed list. */
export interface OffsetSlice<T> {
  readonly items: T[];
  readonly offset: number;
  readonly total: number;
  /** The offset of the next window, undefined after the last one. */
  readonly nextOffset: number | undefined;
  readonly hasMore: boolean;
}

/** Slices `limit` items from `offset` (the basis of cursor and offset pagination). */
export function sliceAt<T>(items: readonly T[], offset: number, limit: number): OffsetSlice<T> {
  assertPositive(limit, "limit");
  const start = Math.max(0, offset);
  const end = Math.min(items.length, start + limit);
  const hasMore = end < items.length;
  return {
    items: items.slice(start, end),
    offset: start,
    total: items.length,
    nextOffset: hasMore ? end : undefined,
    hasMore,
  };
}

export type Key = string | number;

export interface KeysetOptions<T> {
  /** The item's key (usually its id). Items must be sorted ascending by it (`compareKeys`). */
  readonly keyOf: (item: T) => Key;
  /** true: the page starts with the item whose key equals `startKey`; false: right after it. */
  readonly inclusive: boolean;
}

export interface KeysetSlice<T> {
  readonly items: T[];
  readonly hasMore: boolean;
  /** The key of the last item of the page, undefined for an empty page. */
  readonly lastKey: Key | undefined;
}

/** Slices up to `limit` items starting at (or after) `startKey`; from the first item without one. */
export function sliceByKey<T>(
  items: readonly T[],
  startKey: Key | undefined,
  limit: number,
  options: KeysetOptions<T>,
): KeysetSlice<T> {
  assertPositive(limit, "limit");
  const start =
    startKey === undefined
      ? 0
      : firstIndex(items, (item) => {
          const order = compareKeys(options.keyOf(item), startKey);
          return options.inclusive ? order >= 0 : order > 0;
        });
  const page = items.slice(start, start + limit);
  const last = page[page.length - 1];
  return {
    items: page,
    hasMore: start + limit < items.length,
    lastKey: last === undefined ? undefined : options.keyOf(last),
  };
}

/** Orders keys as a keyset API does: numbers numerically, strings by code unit. */
export function compareKeys(a: Key, b: Key): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function firstIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  const index = items.findIndex(test);
  return index === -1 ? items.length : index;
}

function assertPositive(value: number, name: string): void {
  if (!(Number.isInteger(value) && value >= 1))
    throw new RangeError(`${name} must be an integer >= 1, got ${value}`);
}
