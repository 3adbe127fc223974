import { defineProvider, type Problem, type RouteContext } from "../provider";
import { json } from "../response";
import { createMercuryState, type MercuryState } from "./mercury/data";
import { listBotUsers } from "./mercury/list-users";

export type {
  MercuryBotUser,
  MercuryProject,
  MercuryRecord,
  MercuryState,
  MercuryUser,
} from "./mercury/data";

/** The credentials the fake accepts: an API key sent as `Authorization: Bearer <key>`. */
export interface MercuryAuth {
  apiKey: string;
}

type Ctx = RouteContext<MercuryState, MercuryAuth>;

/**
 * A fake of the Mercury.ai bot-users API (specs/mercury/openapi.yaml): `GET
 * /projects/{projectId}/users/properties` with stage scope, JSON filters, signed `sortBy` and
 * keyset paging (`startId` inclusive, `limit` default 50); errors as `{success: false, message}`.
 * Three projects: `state.projectId` (seeded with `users` users), a second one with a fifth as many,
 * and `11111111-2222-4333-8444-555555555555`, which exists but the key may not read (403).
 * No rate limit is documented, so none applies unless a test passes `rateLimit`.
 */
export const mercury = defineProvider<MercuryState, MercuryAuth>({
  name: "mercury",
  defaultAuth: { apiKey: "mk_test_4c7d2e9a1b" },
  createState: createMercuryState,
  routes: [{ method: "GET", path: "/projects/{projectId}/users/properties", handler: listBotUsers }],
  authenticate,
  rateLimited: (ctx) => ctx.error(429, "rate_limited", "Too many requests"),
  error: (_ctx, problem: Problem) => json(problem.status, { success: false, message: problem.message }),
});

/** `Authorization: Bearer <key>` (the scheme's case is free, RFC 7235); anything else is the 401. */
function authenticate(ctx: Ctx) {
  const key = /^bearer +(.+)$/i.exec(ctx.header("authorization") ?? "")?.[1]?.trim();
  if (key !== undefined && key === ctx.options.auth.apiKey) return { ok: true as const, principal: key };
  return { ok: false as const, response: ctx.error(401, "unauthorized", "Unauthorized") };
}
