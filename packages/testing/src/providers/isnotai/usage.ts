import { createRng } from "../../rng";
import type { RouteContext } from "../../provider";
import { json, type FakeResponse } from "../../response";
import { invalid, isResponse, withTier } from "./envelope";
import type { IsnotaiAuth, IsnotaiState } from "./types";

type Ctx = RouteContext<IsnotaiState, IsnotaiAuth>;

const DAY = 86_400_000;
/** The metrics and the range of a day's seeded value. */
const METRICS: Readonly<Record<string, readonly [number, number]>> = {
  ApiCalls: [200, 2_000],
  Events: [10_000, 200_000],
  Sessions: [10, 500],
  StorageBytes: [1_000_000, 500_000_000],
  BotAnalyses: [10, 500],
};
/** The fake's own bound on a report's length (the provider documents none). */
const MAX_DAYS = 366;

/**
 * `GET /v1/usage`: one seeded value per day and metric (the same for the same seed), inclusive
 * dates, `endDate` defaulting to the fake's today and `startDate` to 30 days before it.
 */
export function getUsage(ctx: Ctx): FakeResponse {
  const wanted = ctx.query.get("metric");
  const metrics = wanted
    ? Object.keys(METRICS).filter((m) => m.toLowerCase() === wanted.toLowerCase())
    : Object.keys(METRICS);
  if (metrics.length === 0)
    return invalid(
      ctx,
      "metric",
      "metric must be one of ApiCalls, Events, Sessions, StorageBytes, BotAnalyses.",
    );
  const end = day(ctx, "endDate", Date.parse(ctx.state.now.slice(0, 10)));
  if (isResponse(end)) return end;
  const start = day(ctx, "startDate", end - 30 * DAY);
  if (isResponse(start)) return start;
  if (start > end) return invalid(ctx, "startDate", "startDate must not be after endDate.");
  if ((end - start) / DAY >= MAX_DAYS)
    return invalid(ctx, "startDate", `A report covers at most ${MAX_DAYS} days.`);
  const data = [];
  const totals: Record<string, number> = {};
  for (let at = start; at <= end; at += DAY) {
    const period = dateOf(at);
    for (const metricType of metrics) {
      const value = createRng(ctx.options.seed)
        .fork(`usage:${period}:${metricType}`)
        .int(...METRICS[metricType]!);
      data.push({ period, metricType, value });
      totals[metricType] = (totals[metricType] ?? 0) + value;
    }
  }
  return withTier(ctx, json(200, { startDate: dateOf(start), endDate: dateOf(end), data, totals }));
}

/** A date parameter (`YYYY-MM-DD`, or a timestamp whose UTC day is used) as the epoch ms of its day. */
function day(ctx: Ctx, name: string, fallback: number): number | FakeResponse {
  const raw = ctx.query.get(name);
  if (!raw) return fallback;
  const ms = /^\d{4}-\d{2}-\d{2}/.test(raw) ? Date.parse(raw) : Number.NaN;
  if (Number.isNaN(ms)) return invalid(ctx, name, `${name} is not a valid ISO-8601 date.`);
  return Date.parse(dateOf(ms));
}

function dateOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
