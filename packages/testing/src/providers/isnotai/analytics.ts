import type { RouteContext } from "../../provider";
import { json, type FakeResponse } from "../../response";
import { invalid, withTier } from "./envelope";
import { eventCountOf } from "./events";
import { iso } from "./seed";
import type { IsnotaiAuth, IsnotaiSession, IsnotaiState } from "./types";

type Ctx = RouteContext<IsnotaiState, IsnotaiAuth>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const PERIODS: Readonly<Record<string, number>> = {
  "24h": DAY,
  "7d": 7 * DAY,
  "30d": 30 * DAY,
  "90d": 90 * DAY,
};
const BUCKETS: Readonly<Record<string, number>> = { hour: HOUR, day: DAY, week: 7 * DAY };

/**
 * `GET /v1/analytics`: the window ends at the fake's clock, floored to the hour (`groupBy=hour`)
 * or to the day, and reaches back one `period`; every figure is computed from the sessions in it.
 */
export function getAnalytics(ctx: Ctx): FakeResponse {
  const period = ctx.query.get("period") || "7d";
  const groupBy = ctx.query.get("groupBy") || "day";
  if (!(period in PERIODS)) return invalid(ctx, "period", "period must be one of 24h, 7d, 30d, 90d.");
  if (!(groupBy in BUCKETS)) return invalid(ctx, "groupBy", "groupBy must be one of hour, day, week.");
  const now = Date.parse(ctx.state.now);
  const end = now - (now % (groupBy === "hour" ? HOUR : DAY));
  const start = end - PERIODS[period]!;
  const within = ctx.state.sessions.filter((s) => inWindow(s, start, end));
  const events = within.map((s) => eventCountOf(ctx.state, ctx.options.seed, s.id));
  const totalEvents = events.reduce((a, b) => a + b, 0);
  const scores = within.map((s) => s.botScore ?? 0);
  const bots = within.filter((s) => (s.botScore ?? 0) >= 0.7);
  const matched = within.filter((s) => s.userId);
  const data = {
    period,
    groupBy,
    startDate: iso(start),
    endDate: iso(end),
    generatedAt: ctx.state.now,
    summary: {
      totalSessions: within.length,
      totalEvents,
      uniqueBots: new Set(bots.map((s) => s.userId ?? s.id)).size,
      uniqueUsers: new Set(matched.map((s) => s.userId)).size,
      averageBotScore: mean(scores, 100),
      averageEventsPerSession: mean(events, 10),
    },
    timeSeries: series(within, events, start, end, BUCKETS[groupBy]!),
    botDetection: {
      highConfidenceBots: scores.filter((s) => s >= 0.7).length,
      mediumConfidenceBots: scores.filter((s) => s >= 0.4 && s < 0.7).length,
      lowConfidenceBots: scores.filter((s) => s >= 0.2 && s < 0.4).length,
      likelyHumans: scores.filter((s) => s < 0.2).length,
    },
    userMatching: {
      totalMatched: matched.length,
      totalUnmatched: within.length - matched.length,
      matchRate: within.length ? Math.round((matched.length / within.length) * 1000) / 1000 : 0,
      averageCorrelationConfidence: mean(
        matched.map((s) => 1 - (s.botScore ?? 0) / 2),
        100,
      ),
    },
    topOrigins: origins(within),
    deviceBreakdown: devices(within),
  };
  return withTier(ctx, json(200, { data }));
}

function inWindow(session: IsnotaiSession, start: number, end: number): boolean {
  const at = Date.parse(session.createdAt ?? "");
  return at >= start && at < end;
}

/** One point per bucket from `start`; each session falls in the bucket of its creation time. */
function series(
  sessions: readonly IsnotaiSession[],
  events: readonly number[],
  start: number,
  end: number,
  step: number,
) {
  const points = Array.from({ length: Math.ceil((end - start) / step) }, (_, i) => ({
    timestamp: iso(start + i * step),
    sessionCount: 0,
    eventCount: 0,
    botCount: 0,
    userMatchedCount: 0,
  }));
  sessions.forEach((s, i) => {
    const point = points[Math.floor((Date.parse(s.createdAt ?? "") - start) / step)]!;
    point.sessionCount++;
    point.eventCount += events[i]!;
    if ((s.botScore ?? 0) >= 0.7) point.botCount++;
    if (s.userId) point.userMatchedCount++;
  });
  return points;
}

function origins(sessions: readonly IsnotaiSession[]) {
  const byOrigin = new Map<string, { sessionCount: number; bots: number }>();
  for (const s of sessions) {
    const origin = URL.canParse(s.pageUrl ?? "") ? new URL(s.pageUrl!).origin : "unknown";
    const entry = byOrigin.get(origin) ?? { sessionCount: 0, bots: 0 };
    entry.sessionCount++;
    if ((s.botScore ?? 0) >= 0.7) entry.bots++;
    byOrigin.set(origin, entry);
  }
  return [...byOrigin]
    .sort((a, b) => b[1].sessionCount - a[1].sessionCount)
    .slice(0, 5)
    .map(([origin, { sessionCount, bots }]) => ({
      origin,
      sessionCount,
      botPercentage: Math.round((bots / sessionCount) * 1000) / 10,
    }));
}

function devices(sessions: readonly IsnotaiSession[]) {
  const breakdown = { mobile: 0, tablet: 0, desktop: 0, browserCounts: {} as Record<string, number> };
  for (const s of sessions) {
    const agent = s.userAgentSummary ?? "Unknown";
    if (/iPadOS/.test(agent)) breakdown.tablet++;
    else if (/iOS|Android/.test(agent)) breakdown.mobile++;
    else breakdown.desktop++;
    const browser = agent.split(" ")[0]!;
    breakdown.browserCounts[browser] = (breakdown.browserCounts[browser] ?? 0) + 1;
  }
  return breakdown;
}

function mean(values: readonly number[], scale: number): number {
  return values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * scale) / scale : 0;
}
