import { decodeCursor, encodeCursor } from "../../cursor";
import { sliceAt } from "../../paging";
import { readInt } from "../../params";
import type { RouteContext } from "../../provider";
import { json, type FakeResponse } from "../../response";
import { invalid, withTier } from "./envelope";
import { PAGE_CAP, requireTier } from "./tier";
import type { IsnotaiAuth, IsnotaiState } from "./types";

type Ctx = RouteContext<IsnotaiState, IsnotaiAuth>;

export interface ListOptions {
  /** The page size when none is asked for (100 on `listEvents`, 50 elsewhere), before the tier cap. */
  readonly defaultSize?: number;
  /** What the last page says about the cursor: the docs allow both an absent and an empty one. */
  readonly lastCursor: "absent" | "empty";
}

/**
 * One page of `items` in the shared list envelope `{ data, pagination: { nextCursor, hasMore,
 * limit } }`. `pageSize` below 1 is a 400; above the tier's cap it is clamped, and the size used
 * is reported in `pagination.limit`. Cursors are signed offsets bound to the route and filters:
 * a tampered one, or one reused with other filters, is a 400.
 */
export function listPage<T>(ctx: Ctx, items: readonly T[], options: ListOptions): FakeResponse {
  const size = pageSizeOf(ctx, options.defaultSize ?? 50);
  if (typeof size !== "number") return size;
  const secret = `isnotai:${ctx.options.seed}`;
  const scope = scopeOf(ctx);
  const cursor = ctx.query.get("cursor");
  const offset = cursor === null || cursor === "" ? 0 : decodeCursor(cursor, secret, scope);
  if (offset === undefined) return invalid(ctx, "cursor", "cursor is not valid for this request.");
  const page = sliceAt(items, offset, size);
  const nextCursor =
    page.nextOffset !== undefined
      ? encodeCursor(page.nextOffset, secret, scope)
      : options.lastCursor === "empty"
        ? ""
        : undefined;
  const pagination = { ...(nextCursor !== undefined && { nextCursor }), hasMore: page.hasMore, limit: size };
  return withTier(ctx, json(200, { data: page.items, pagination }));
}

/** The page size to use, or the 400 for a bad one. */
export function pageSizeOf(ctx: Ctx, defaultSize: number): number | FakeResponse {
  const read = readInt(ctx.query, "pageSize", { default: defaultSize });
  if (!read.ok) return invalid(ctx, "pageSize", `${read.message}.`);
  if (read.value < 1) return invalid(ctx, "pageSize", "pageSize must be at least 1.");
  return Math.min(read.value, PAGE_CAP[requireTier(ctx)]);
}

/** The route, its path parameters and every filter but the paging ones: what a cursor is bound to. */
function scopeOf(ctx: Ctx): string {
  const filters = [...ctx.query].filter(([name]) => name !== "cursor" && name !== "pageSize");
  filters.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([ctx.route, ctx.params, filters]);
}
