import { slicePage } from "../../paging";
import { readInt } from "../../params";
import type { RouteContext } from "../../provider";
import type { FakeResponse } from "../../response";
import { failure, success } from "./envelope";
import { MAX_MEMBERS } from "./members";
import type { SparkwiseAuth, SparkwiseState } from "./types";

type Ctx = RouteContext<SparkwiseState, SparkwiseAuth>;

/**
 * `GET /users`: 0-indexed `page` (≥ 0, default 0) and `pageSize` (1..200, default 200); anything
 * else is a 400. The page is `{items, page, size, next, prev, totalPages, total}`, `next`/`prev`
 * the neighbouring page numbers or `null`; a page past the end has no items.
 */
export function listUsers(ctx: Ctx): FakeResponse {
  const page = readInt(ctx.query, "page", { default: 0, min: 0 });
  if (!page.ok) return failure(400, "page must be an integer >= 0");
  const size = readInt(ctx.query, "pageSize", { default: MAX_MEMBERS, min: 1, max: MAX_MEMBERS });
  if (!size.ok) return failure(400, `pageSize must be an integer between 1 and ${MAX_MEMBERS}`);
  const slice = slicePage(ctx.state.users, page.value, size.value, 0);
  const n = page.value;
  return success({
    items: slice.items,
    page: n,
    size: size.value,
    next: slice.hasMore ? n + 1 : null,
    prev: n > 0 && n - 1 < slice.totalPages ? n - 1 : null,
    totalPages: slice.totalPages,
    total: slice.total,
  });
}
