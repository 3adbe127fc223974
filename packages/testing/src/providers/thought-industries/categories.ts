import { createRateLimiter, type RateLimiter } from "../../rate-limiter";
import type { FakeResponse } from "../../response";
import { withRetryAfter } from "../../fault-response";
import { withHeaders } from "../../response";
import { rateLimited, rateLimitHeaders, type Ctx } from "./http";
import type { ThoughtIndustriesState } from "./types";

/** Per-category budgets inside the plan quota (documented, per minute). */
export const CATEGORIES = {
  events: { requests: 100, perSeconds: 60 },
  "user-writes": { requests: 60, perSeconds: 60 },
} as const;

export type Category = keyof typeof CATEGORIES;

const limiters = new WeakMap<ThoughtIndustriesState, Map<Category, RateLimiter>>();

/**
 * Wraps a handler with a category budget. The category's 429 is the same documented body; it is
 * only checked when the fake is rate-limited at all (`rateLimit: false` turns both off).
 */
export function inCategory(
  category: Category,
  handler: (ctx: Ctx) => FakeResponse,
): (ctx: Ctx) => FakeResponse {
  return (ctx) => {
    if (ctx.options.rateLimit === false) return handler(ctx);
    const byCategory = limiters.get(ctx.state) ?? new Map<Category, RateLimiter>();
    limiters.set(ctx.state, byCategory);
    const limiter = byCategory.get(category) ?? createRateLimiter(CATEGORIES[category]);
    byCategory.set(category, limiter);
    const decision = limiter.take(ctx.principal ?? "anonymous");
    if (decision.allowed) return handler(ctx);
    const response = withHeaders(rateLimited(ctx, decision), rateLimitHeaders(decision));
    return withRetryAfter(response, decision.retryAfterSeconds);
  };
}
