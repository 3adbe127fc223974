import { decodeCursor, encodeCursor } from "../../cursor";
import { sliceAt } from "../../paging";
import { readInt } from "../../params";
import { json, type FakeResponse } from "../../response";
import { invalid, type Ctx } from "./http";
import type { TiSettings, TiUser } from "./types";

interface Window {
  offset: number;
  currentPage: number;
}

/**
 * `GET /users`: `role` filters by role key; the page is chosen by `cursor` (opaque, bound to the
 * filter) or else by `page` (1-based; 0 is read as 1). What the page says about the next one
 * follows `settings.paging` and `settings.end`; its shape follows `settings.shape`.
 */
export function listUsers(ctx: Ctx): FakeResponse {
  const { settings } = ctx.state;
  const role = ctx.query.get("role");
  if (role === "") return invalid(ctx, "role must not be empty");
  const users = role === null ? ctx.state.users : ctx.state.users.filter((u) => u.roleKey === role);
  const scope = `role=${role ?? ""}`;
  const window = pickWindow(ctx, settings.perPage, scope);
  if (typeof window == "string") return invalid(ctx, window);
  const slice = sliceAt(users, window.offset, settings.perPage);
  const hasMore = settings.end == "empty-page" ? true : slice.hasMore;
  const next = window.offset + settings.perPage;
  const cursor = settings.paging == "cursor" && hasMore ? encodeCursor(next, secret(ctx), scope) : undefined;
  const pageInfo = {
    ...(settings.paging == "page" || settings.shape == "envelope"
      ? { perPage: settings.perPage, currentPage: window.currentPage }
      : {}),
    ...(settings.shape == "envelope" ? { total: users.length } : {}),
    hasMore,
    ...(cursor === undefined ? {} : { cursor }),
  };
  return json(200, shapeList(settings, slice.items, pageInfo, ctx.state.users));
}

function pickWindow(ctx: Ctx, perPage: number, scope: string): Window | string {
  const cursor = ctx.query.get("cursor");
  if (cursor !== null) {
    const offset = cursor === "" ? undefined : decodeCursor(cursor, secret(ctx), scope);
    if (offset === undefined) return "cursor is invalid or was issued for another query";
    return { offset, currentPage: Math.floor(offset / perPage) + 1 };
  }
  const page = readInt(ctx.query, "page", { default: 1, min: 0 });
  if (!page.ok) return page.message;
  const currentPage = Math.max(1, page.value);
  return { offset: (currentPage - 1) * perPage, currentPage };
}

function shapeList(settings: TiSettings, users: TiUser[], pageInfo: object, all: readonly TiUser[]): object {
  if (settings.shape == "flat") return { users, pageInfo };
  return { data: { APIUsers: { pageInfo, aggregations: [roleAggregation(all)], users } } };
}

/** The documented `role` facet: one bucket per role key with its user count. */
function roleAggregation(all: readonly TiUser[]): object {
  const counts = new Map<string, number>();
  for (const u of all)
    if (typeof u.roleKey == "string") counts.set(u.roleKey, (counts.get(u.roleKey) ?? 0) + 1);
  const buckets = [...counts].map(([value, count]) => ({
    query: `role:${value}`,
    value,
    label: value[0]!.toUpperCase() + value.slice(1),
    description: "",
    count,
  }));
  return { key: "role", label: "Role", buckets };
}

const secret = (ctx: Ctx) => `thought-industries:${ctx.options.seed}`;
