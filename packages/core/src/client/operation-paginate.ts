import { type PaginateInit, createPaginator } from "../pagination/paginate.js";
import type { PaginateOptions, Paginator } from "../pagination/types.js";
import type { CallOptions } from "../request/context.js";
import { contextOf } from "./client.js";
import { check } from "./options.js";

/**
 * Walks the paginated operation `GET path` of `client` with a generated method's arguments:
 * `params` as openapi-fetch takes them, and `options` holding both the walk's options (`resume`,
 * `concurrency`, `prefetch`) and each page request's. Parted here, in the one place that knows which
 * is which, so a generated method names none of them. `options` that is not an object (`null`, a
 * string) is a `ValidationError` naming `options`, before any request. What the generated list
 * methods call.
 * @example const users = paginateOperation(client, "/users", { query: { limit: 50 } }, { prefetch: true });
 */
export function paginateOperation(
  client: object,
  path: string,
  params: PaginateInit["params"],
  options: PaginateOptions & CallOptions = {},
): Paginator<unknown> {
  check(options, "options", "object");
  const { resume, concurrency, prefetch, ...call } = options;
  return createPaginator(contextOf(client), path, { ...call, params }, { resume, concurrency, prefetch });
}
