import type { FakeResponse } from "../../response";
import { invalid, ok, userNotFound, type Ctx } from "./envelope";
import { indexOfUser } from "./ids";
import type { MetacomUser } from "./state";

/** Page size when `limit` is absent, and the largest accepted (both undocumented: inferred). */
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

const QUERY = new Set(["limit", "after"]);

/**
 * `GET /users`: keyset on `_id`, ascending. `next` repeats the page size and names the last `_id`
 * (`limit=2&after=<id>`); on the last page it is left out (or `null`, see `state.variants`).
 */
export function listUsers(ctx: Ctx): FakeResponse {
  const problem = checkQuery(ctx);
  if (problem) return invalid(ctx, "Query", problem);
  const limit = readLimit(ctx.query.get("limit"));
  if (typeof limit === "string") return invalid(ctx, "Query", limit);
  const { users } = ctx.state;
  const after = ctx.query.get("after");
  const at = after === null ? -1 : indexOfUser(users, after);
  if (after !== null && at < 0)
    return invalid(ctx, "Query", '"after" must be the _id of a user of this environment');
  const start = at + 1;
  const page = users.slice(start, start + limit);
  const hasNext = start + limit < users.length;
  const last = page[page.length - 1];
  const next = hasNext && last ? `limit=${limit}&after=${encodeURIComponent(last._id)}` : undefined;
  const pagination: Record<string, unknown> = { hasPrevious: start > 0, hasNext };
  if (next !== undefined) pagination.next = next;
  else if (ctx.state.variants.lastPageNext === "null") pagination.next = null;
  return ok(page.map(summary), { pagination });
}

/** Unknown and repeated parameters are refused, as Joi does. */
function checkQuery(ctx: Ctx): string | undefined {
  for (const key of new Set(ctx.query.keys())) {
    if (!QUERY.has(key)) return `"${key}" is not allowed`;
    if (ctx.query.getAll(key).length > 1)
      return `"${key}" must be a ${key === "limit" ? "number" : "string"}`;
  }
  if (ctx.query.get("after") === "") return '"after" is not allowed to be empty';
  return undefined;
}

/** The page size, or Joi's message for a bad one. */
function readLimit(raw: string | null): number | string {
  if (raw === null) return DEFAULT_LIMIT;
  const value = raw.trim() === "" ? NaN : Number(raw);
  if (!Number.isFinite(value)) return '"limit" must be a number';
  if (!Number.isInteger(value)) return '"limit" must be an integer';
  if (value < 1) return '"limit" must be greater than or equal to 1';
  if (value > MAX_LIMIT) return `"limit" must be less than or equal to ${MAX_LIMIT}`;
  return value;
}

/** What a list item carries in the docs' example: `_id`, `username`, `profile`, `_createdOn`. */
function summary(user: MetacomUser) {
  const { _id, username, profile, _createdOn } = structuredClone(user);
  return { _id, username, profile, _createdOn };
}

/** `GET /users/{userId}`: the whole document, as a one-element array (the docs' example) or an object. */
export function getUser(ctx: Ctx): FakeResponse {
  const user = findUser(ctx);
  if (!user) return userNotFound(ctx);
  const copy = structuredClone(user);
  return ok(ctx.state.variants.userData === "array" ? [copy] : copy);
}

/** `GET /users/{userId}/reference-data`: free-form; `{}` for a user without any. */
export function getReferenceData(ctx: Ctx): FakeResponse {
  const user = findUser(ctx);
  if (!user) return userNotFound(ctx);
  return ok(structuredClone(ctx.state.referenceData[user._id] ?? {}));
}

/** `GET /usage-statistics/active-users`: users whose membership of this environment is active. */
export function activeUsers(ctx: Ctx): FakeResponse {
  const env = ctx.options.auth.environmentId;
  const count = ctx.state.users.filter((u) => u.profile?.environments?.[env]?.active === true).length;
  return ok({ activeUsers: count });
}

export function findUser(ctx: Ctx, id = ctx.params.userId ?? ""): MetacomUser | undefined {
  return ctx.state.users[indexOfUser(ctx.state.users, id)];
}
