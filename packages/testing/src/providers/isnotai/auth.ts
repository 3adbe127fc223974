import { sha256 } from "@noble/hashes/sha2";
import { bytesToBase64url } from "../../base64url";
import type { AuthOutcome, RouteContext } from "../../provider";
import { createRateLimiter, type RateLimiter } from "../../rate-limiter";
import { rateLimitedResponse, unauthorized } from "./envelope";
import { principalOf, TIERS } from "./tier";
import type { IsnotaiAuth, IsnotaiRegion, IsnotaiState, IsnotaiTier, IsnotaiTierKeys } from "./types";

type Ctx = RouteContext<IsnotaiState, IsnotaiAuth>;

/** The documented key format: `aik_v1_` and 40 base64url characters. */
const KEY_FORMAT = /^aik_v1_[A-Za-z0-9_-]{40}$/;

/** A well-formed key that names its region and tier, so a test failure says which one was sent. */
function fakeKey(region: IsnotaiRegion, tier: IsnotaiTier): string {
  return `aik_v1_${`fake-${region}-${tier}-`.padEnd(40, "0")}`;
}

function regionKeys(region: IsnotaiRegion): IsnotaiTierKeys {
  return {
    free: fakeKey(region, "free"),
    pro: fakeKey(region, "pro"),
    enterprise: fakeKey(region, "enterprise"),
  };
}

/** The credentials accepted by default: the US host, one key per tier and region, documented budgets. */
export const DEFAULT_AUTH: IsnotaiAuth = {
  region: "us",
  keys: { us: regionKeys("us"), eu: regionKeys("eu") },
  perMinute: { free: 60, pro: 600, enterprise: 6000 },
};

/**
 * Authenticates as the edge does: `Authorization: Bearer` wins over `x-api-key`; a missing,
 * malformed, unknown or other-region key is `401 INVALID_API_KEY` without a tier header. Then the
 * tier's per-minute budget: the edge keys buckets by the `Authorization` value, so every
 * `x-api-key` caller of one tier shares a bucket.
 */
export function authenticate(ctx: Ctx): AuthOutcome {
  const key = presentedKey(ctx);
  const tier = key === undefined || !KEY_FORMAT.test(key) ? undefined : tierOfKey(ctx.options.auth, key);
  if (tier === undefined) return { ok: false, response: unauthorized() };
  const bucket = ctx.header("authorization") === undefined ? "x-api-key" : `bearer:${fingerprint(key!)}`;
  const principal = principalOf(tier, bucket);
  const decision = budgetOf(ctx, tier)?.take(principal);
  if (decision && !decision.allowed)
    return { ok: false, response: rateLimitedResponse(decision.retryAfterSeconds) };
  return { ok: true, principal };
}

/** The key a request presents: `Authorization: Bearer` when that header is sent at all, else `x-api-key`. */
export function presentedKey(ctx: Ctx): string | undefined {
  const authorization = ctx.header("authorization");
  return authorization === undefined ? ctx.header("x-api-key") : /^Bearer (.+)$/i.exec(authorization)?.[1];
}

function tierOfKey(auth: IsnotaiAuth, key: string): IsnotaiTier | undefined {
  const keys = auth.keys[auth.region];
  return TIERS.find((tier) => keys[tier] === key);
}

/** A short digest: the principal never holds the key itself. */
function fingerprint(key: string): string {
  return bytesToBase64url(sha256(new TextEncoder().encode(key))).slice(0, 12);
}

/** One sliding-window limiter per tier and per running fake (its state object). */
const budgets = new WeakMap<IsnotaiState, Map<IsnotaiTier, RateLimiter>>();

function budgetOf(ctx: Ctx, tier: IsnotaiTier): RateLimiter | undefined {
  const perMinute = ctx.options.auth.perMinute;
  if (perMinute === false) return undefined;
  let limiters = budgets.get(ctx.state);
  if (!limiters) budgets.set(ctx.state, (limiters = new Map()));
  let limiter = limiters.get(tier);
  if (!limiter)
    limiters.set(tier, (limiter = createRateLimiter({ requests: perMinute[tier], perSeconds: 60 })));
  return limiter;
}
