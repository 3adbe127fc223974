import type { AuthOutcome } from "../../provider";
import type { FakeResponse } from "../../response";
import { invalid, type Ctx } from "./envelope";
import { indexOfUser } from "./ids";

/** The principal of the configured token: an integration with every permission, not a user. */
export const INTEGRATION = "integration";

/**
 * Bearer token first (missing, unknown or expired → 401), then the `environment-id` header
 * (missing → 400, as Joi reports a missing header; another environment → 403). The configured token
 * acts as an integration with every permission; a token minted through the API acts as its user.
 */
export function authenticate(ctx: Ctx): AuthOutcome {
  const token = /^Bearer +(\S+)\s*$/i.exec(ctx.header("authorization") ?? "")?.[1];
  const principal = token === undefined ? undefined : principalOf(ctx, token);
  if (principal === undefined) return refuse(ctx.error(401, "unauthorized", "Invalid or expired token"));
  const environment = ctx.header("environment-id");
  if (!environment) return refuse(invalid(ctx, "Headers", '"environment-id" is required'));
  if (environment !== ctx.options.auth.environmentId)
    return refuse(ctx.error(403, "forbidden", "No access to this environment"));
  return { ok: true, principal };
}

function principalOf(ctx: Ctx, token: string): string | undefined {
  if (token === ctx.options.auth.token) return INTEGRATION;
  const minted = ctx.state.tokens.find((t) => t.token === token);
  if (!minted || (minted.expiresAt && Date.parse(minted.expiresAt) <= Date.now())) return undefined;
  return minted.userId;
}

/** Whether the caller administers the environment: the integration, or a user flagged `admin` in it. */
export function isAdmin(ctx: Ctx): boolean {
  if (ctx.principal === INTEGRATION) return true;
  const user = ctx.state.users[indexOfUser(ctx.state.users, ctx.principal ?? "")];
  return user?.profile.environments?.[ctx.options.auth.environmentId]?.admin === true;
}

/** The user id to record as `_lastModifiedByUserId`: null for the integration. */
export function actingUser(ctx: Ctx): string | null {
  return ctx.principal === INTEGRATION ? null : (ctx.principal ?? null);
}

function refuse(response: FakeResponse): AuthOutcome {
  return { ok: false, response };
}
