import type { FakeResponse } from "../../response";
import { actingUser, isAdmin } from "./auth";
import { invalid, ok, userNotFound, type Ctx } from "./envelope";
import type { MintedToken } from "./state";
import { findUser } from "./users";

type Body = Record<string, unknown>;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * `POST /users/{userId}/long-lived-tokens`: mints a new token on every call (ledger effect
 * `mint-token:<userId>`); the token authenticates as that user from then on. An admin may mint
 * for anyone, a user for themselves.
 */
export function createLongLivedToken(ctx: Ctx): FakeResponse {
  const body = objectBody(ctx);
  if (typeof body === "string") return invalid(ctx, "Body", body);
  const problem = checkTokenRequest(body);
  if (problem) return invalid(ctx, "Body", problem);
  const userId = ctx.params.userId ?? "";
  if (!isAdmin(ctx) && ctx.principal !== userId)
    return ctx.error(403, "forbidden", "Not allowed to create tokens for this user");
  if (!findUser(ctx, userId)) return userNotFound(ctx);
  const token: MintedToken = {
    token: `mc_lt_${Array.from({ length: 24 }, () => ctx.rng.int(0, 15).toString(16)).join("")}`,
    userId,
    createdOn: new Date().toISOString(),
    ...(typeof body.name === "string" && { name: body.name }),
    ...(typeof body.expiresAt === "string" && { expiresAt: new Date(body.expiresAt).toISOString() }),
  };
  ctx.state.tokens.push(token);
  ctx.effect("mint-token", userId);
  const { userId: _owner, ...data } = token;
  return ok(data);
}

function checkTokenRequest(body: Body): string | undefined {
  if (body.name !== undefined && typeof body.name !== "string") return '"name" must be a string';
  if (body.expiresAt === undefined) return undefined;
  const at = typeof body.expiresAt === "string" ? Date.parse(body.expiresAt) : NaN;
  if (Number.isNaN(at)) return '"expiresAt" must be in ISO 8601 date format';
  return at <= Date.now() ? '"expiresAt" must be greater than "now"' : undefined;
}

/**
 * `POST /auth/reset-password`: the same `{status: "ok"}` whether or not the address is known; a
 * reset e-mail (ledger effect `reset-password:<userId>`) only goes out for a known one.
 */
export function resetPassword(ctx: Ctx): FakeResponse {
  const body = objectBody(ctx);
  if (typeof body === "string") return invalid(ctx, "Body", body);
  const { email } = body;
  if (email === undefined) return invalid(ctx, "Body", '"email" is required');
  if (typeof email !== "string") return invalid(ctx, "Body", '"email" must be a string');
  if (!EMAIL.test(email)) return invalid(ctx, "Body", '"email" must be a valid email');
  const wanted = email.toLowerCase();
  const user = ctx.state.users.find(
    (u) =>
      u.username.toLowerCase() === wanted || u.globalEmails?.some((e) => e.address.toLowerCase() === wanted),
  );
  if (user) {
    ctx.state.passwordResets.push(user._id);
    ctx.effect("reset-password", user._id);
  }
  return ok();
}

/**
 * `POST /auth/reset-2FA`: admins only; clears the user's enrolment (ledger effect
 * `reset-2fa:<userId>`) and stamps `_lastModifiedOn` / `_lastModifiedByUserId` on the user.
 */
export function resetTwoFactor(ctx: Ctx): FakeResponse {
  const body = objectBody(ctx);
  if (typeof body === "string") return invalid(ctx, "Body", body);
  const { userId } = body;
  if (userId === undefined) return invalid(ctx, "Body", '"userId" is required');
  if (typeof userId !== "string") return invalid(ctx, "Body", '"userId" must be a string');
  if (userId === "") return invalid(ctx, "Body", '"userId" is not allowed to be empty');
  if (!isAdmin(ctx)) return ctx.error(403, "forbidden", "Insufficient permissions");
  const user = findUser(ctx, userId);
  if (!user) return userNotFound(ctx);
  user._lastModifiedOn = new Date().toISOString();
  user._lastModifiedByUserId = actingUser(ctx);
  ctx.state.twoFactorResets.push(userId);
  ctx.effect("reset-2fa", userId);
  return ok();
}

/** The JSON body as an object (an empty body counts as `{}`), or Joi's message for anything else. */
function objectBody(ctx: Ctx): Body | string {
  const { body } = ctx;
  if (body === undefined) return {};
  return body !== null && typeof body === "object" && !Array.isArray(body)
    ? (body as Body)
    : '"value" must be of type object';
}
