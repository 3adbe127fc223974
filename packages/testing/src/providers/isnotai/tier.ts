import type { RouteContext } from "../../provider";
import type { IsnotaiTier } from "./types";

export const TIERS: readonly IsnotaiTier[] = ["free", "pro", "enterprise"];

/** The largest page each tier gets; a larger `pageSize` is clamped to it. */
export const PAGE_CAP: Readonly<Record<IsnotaiTier, number>> = { free: 50, pro: 100, enterprise: 100 };

/** How far back each tier sees, in days (Enterprise: up to seven years). */
export const HISTORY_DAYS: Readonly<Record<IsnotaiTier, number>> = { free: 7, pro: 30, enterprise: 7 * 365 };

/** The principal of an authenticated request: its tier and its rate bucket (never the key). */
export function principalOf(tier: IsnotaiTier, bucket: string): string {
  return `${tier}:${bucket}`;
}

/** The tier of an authenticated request; undefined before (or without) authentication. */
export function tierOf(ctx: Pick<RouteContext, "principal">): IsnotaiTier | undefined {
  const tier = ctx.principal?.split(":")[0];
  return TIERS.find((t) => t === tier);
}

/** The tier of a request that must have authenticated (every `/v1` handler). */
export function requireTier(ctx: Pick<RouteContext, "principal">): IsnotaiTier {
  const tier = tierOf(ctx);
  if (tier === undefined) throw new Error("isnotai: a /v1 handler ran without an authenticated tier");
  return tier;
}
