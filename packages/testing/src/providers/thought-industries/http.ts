import type { AuthOutcome, Problem, RouteContext } from "../../provider";
import type { RateLimitInfo } from "../../rate-limiter";
import { empty, json, type FakeResponse } from "../../response";
import type { ThoughtIndustriesAuth, ThoughtIndustriesState } from "./types";

export type Ctx = RouteContext<ThoughtIndustriesState, ThoughtIndustriesAuth>;

/**
 * The documented budgets: standard plan (the default) and enterprise plan, each a per-minute cap
 * with a burst allowance inside it (as the spec's `x-rate-limit` reads the rate-limits page).
 */
export const STANDARD_PLAN = { requests: 120, perSeconds: 60, burst: 20 } as const;
export const ENTERPRISE_PLAN = { requests: 600, perSeconds: 60, burst: 100 } as const;

/** 401 with an empty body (documented): a missing, malformed or unknown key. */
export function authenticate(ctx: Ctx): AuthOutcome {
  const key = /^Bearer\s+(\S+)$/i.exec(ctx.header("authorization") ?? "")?.[1];
  if (key !== undefined && key === ctx.options.auth.apiKey) return { ok: true, principal: key };
  return { ok: false, response: empty(401, { "content-length": "0" }) };
}

/**
 * The error bodies the sources show: validation (400, 422) as `{errors: ["…"]}`; GraphQL-style
 * `{errors: [{message}]}` for 403, 404, 409 and the rest; 5xx as `{error, message}`.
 */
export function errorBody(_ctx: Ctx, problem: Problem): FakeResponse {
  const { status, code } = problem;
  const message = problem.message.startsWith("Request body is not valid JSON")
    ? "Invalid JSON body"
    : problem.message;
  if (status == 400 || status == 422) return json(status, { errors: [message] });
  if (status >= 500) return json(status, { error: code, message });
  return json(status, { errors: [{ message }] });
}

/** A validation failure: `{"errors": ["…"]}` (documented on `learningPathExternalActivity`). */
export const invalid = (ctx: Ctx, message: string, status = 400): FakeResponse =>
  ctx.error(status, "bad_request", message);

export const notFound = (ctx: Ctx, what = "User"): FakeResponse =>
  ctx.error(404, "not_found", `${what} not found`);

/** The documented 429 body; the framework adds `Retry-After` with the same seconds. */
export function rateLimited(_ctx: Ctx, info: RateLimitInfo): FakeResponse {
  const seconds = info.retryAfterSeconds ?? info.resetSeconds;
  return json(429, {
    error: "rate_limit_exceeded",
    message: `Request rate limit reached. Retry after ${seconds} seconds.`,
    retryAfter: seconds,
  });
}

/** `X-RateLimit-*` on every response; the reset is a Unix timestamp in seconds (documented). */
export function rateLimitHeaders(info: RateLimitInfo): Record<string, string> {
  return {
    "X-RateLimit-Limit": String(info.limit),
    "X-RateLimit-Remaining": String(Math.max(0, info.remaining)),
    "X-RateLimit-Reset": String(Math.floor(Date.now() / 1000) + info.resetSeconds),
  };
}

/** The body as an object, or undefined when it is not one. */
export function bodyObject(ctx: Ctx): Record<string, unknown> | undefined {
  const body = ctx.body;
  return body && typeof body == "object" && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : undefined;
}
