import type { RouteContext } from "../../provider";
import type { FakeResponse } from "../../response";
import { listPage } from "./page";
import type { IsnotaiAuth, IsnotaiState } from "./types";

type Ctx = RouteContext<IsnotaiState, IsnotaiAuth>;

/** `GET /v1/users`: `search` is a case-insensitive substring of `userId` or `userName`. */
export function listUsers(ctx: Ctx): FakeResponse {
  const search = ctx.query.get("search")?.toLowerCase() ?? "";
  const kept = search
    ? ctx.state.users.filter(
        (u) => u.userId.toLowerCase().includes(search) || (u.userName ?? "").toLowerCase().includes(search),
      )
    : ctx.state.users;
  return listPage(ctx, kept, { lastCursor: "empty" });
}

/** `GET /v1/users/{userId}/sessions`: no 404 is declared, so an unknown user is an empty page. */
export function getUserSessions(ctx: Ctx): FakeResponse {
  const kept = ctx.state.sessions.filter((s) => s.userId === ctx.params.userId);
  return listPage(ctx, kept, { lastCursor: "absent" });
}
