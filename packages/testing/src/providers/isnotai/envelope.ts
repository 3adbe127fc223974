import type { Problem, RouteContext } from "../../provider";
import { json, withHeaders, type FakeResponse } from "../../response";
import { tierOf } from "./tier";
import type { IsnotaiAuth, IsnotaiState } from "./types";

type Ctx = RouteContext<IsnotaiState, IsnotaiAuth>;

/** The response header that names the key's plan tier on every authenticated response. */
export const TIER_HEADER = "x-isnotai-tier";

/** `{ error: { code, message, details? } }`, the envelope of every non-2xx but `/health`. */
export function envelope(status: number, code: string, message: string, details?: object): FakeResponse {
  return json(status, { error: { code, message, ...(details && { details }) } });
}

/** The provider's error for a framework problem: its codes are upper snake case (`NOT_FOUND`). */
export function problemResponse(ctx: Ctx, problem: Problem): FakeResponse {
  const code = problem.code.toUpperCase();
  const response = envelope(
    problem.status,
    code === "BAD_REQUEST" ? "VALIDATION_ERROR" : code,
    problem.message,
  );
  // An authenticated request carries its tier on every status (the edge's 429 excepted).
  return withTier(ctx, response);
}

/** A `400 VALIDATION_ERROR` whose `details.field` names the offending parameter. */
export function invalid(ctx: Ctx, field: string, message: string): FakeResponse {
  return withTier(ctx, envelope(400, "VALIDATION_ERROR", message, { field }));
}

/** Every auth failure: `401 INVALID_API_KEY`, and no tier header. */
export function unauthorized(): FakeResponse {
  return envelope(401, "INVALID_API_KEY", "The presented API key is missing, malformed, or unknown.");
}

/** The edge's 429: the envelope and `Retry-After` when known, but no tier header. */
export function rateLimitedResponse(retryAfterSeconds?: number): FakeResponse {
  const response = envelope(429, "RATE_LIMITED", "Per-minute request limit reached for this plan.");
  return retryAfterSeconds === undefined
    ? response
    : withHeaders(response, { "retry-after": String(retryAfterSeconds) });
}

/** Adds `x-isnotai-tier` for the request's tier. */
export function withTier(ctx: Ctx, response: FakeResponse): FakeResponse {
  const tier = tierOf(ctx);
  return tier === undefined ? response : withHeaders(response, { [TIER_HEADER]: tier });
}

/** Tells a handler's early answer from a parsed value. */
export function isResponse(value: unknown): value is FakeResponse {
  return typeof value === "object" && value !== null && typeof (value as FakeResponse).status === "number";
}
