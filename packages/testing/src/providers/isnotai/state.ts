import type { ResolvedOptions } from "../../options";
import type { Rng } from "../../rng";
import { person, session, type Person } from "./seed";
import type { IsnotaiAuth, IsnotaiRecords, IsnotaiSession, IsnotaiState, IsnotaiUser } from "./types";

/** The fake's clock: a fixed instant, so the same seed gives the same data and windows on every run. */
export const FAKE_NOW = "2026-06-22T09:30:00Z";
const DAY = 86_400_000;

/**
 * Seeded data: `users` LMS users with one to four sessions each, plus about one unmatched session
 * per ten users; sessions newest first. `records` replaces the generated users, sessions or events.
 */
export function createIsnotaiState(options: ResolvedOptions<IsnotaiAuth>, rng: Rng): IsnotaiState {
  const records = (options.records ?? {}) as IsnotaiRecords;
  const now = Date.parse(FAKE_NOW);
  const people = Array.from({ length: records.users || records.sessions ? 0 : options.users }, (_, i) =>
    person(rng, i),
  );
  const generated = [
    ...people.flatMap((who) => Array.from({ length: rng.int(1, 4) }, () => session(rng, now, who))),
    ...Array.from({ length: Math.ceil(people.length / 10) }, () => session(rng, now, undefined)),
  ].sort(newestFirst);
  const sessions = records.sessions ?? generated;
  return {
    now: FAKE_NOW,
    users: records.users ?? summarizeAll(people, sessions, now),
    sessions,
    events: new Map(Object.entries(records.events ?? {})),
    foreignSessionIds: [rng.uuid(), rng.uuid()],
    detailsUnavailable: false,
  };
}

function summarizeAll(
  people: readonly Person[],
  sessions: readonly IsnotaiSession[],
  now: number,
): IsnotaiUser[] {
  const byUser = new Map<string, IsnotaiSession[]>();
  for (const s of sessions) {
    if (!s.userId) continue;
    const list = byUser.get(s.userId);
    if (list) list.push(s);
    else byUser.set(s.userId, [s]);
  }
  return people.map((who) => summarize(who, byUser.get(who.userId) ?? [], now));
}

/** A user's aggregates over their own sessions, as `listUsers` reports them. */
function summarize(who: Person, own: readonly IsnotaiSession[], now: number): IsnotaiUser {
  const scores = own.map((s) => s.botScore ?? 0);
  const bots = scores.filter((s) => s >= 0.7).length;
  const medium = scores.filter((s) => s >= 0.4 && s < 0.7).length;
  const starts = own.map((s) => s.createdAt ?? "").sort();
  const ends = own.map((s) => s.updatedAt ?? s.createdAt ?? "").sort();
  const sparkline = Array.from({ length: 7 }, (_, d) => {
    const from = now - (7 - d) * DAY;
    return own.filter((s) => inRange(Date.parse(s.createdAt ?? ""), from, from + DAY)).length;
  });
  return {
    userId: who.userId,
    userName: who.userName,
    sessionCount: own.length,
    botSessionCount: bots,
    mediumSessionCount: medium,
    averageBotScore: own.length ? round(scores.reduce((a, b) => a + b, 0) / own.length) : null,
    maxBotScore: own.length ? Math.max(...scores) : null,
    deviceCount: new Set(own.map((s) => s.userAgentSummary)).size,
    firstSeen: starts[0] ?? null,
    lastSeen: ends[ends.length - 1] ?? null,
    riskLevel: bots > 0 ? "high" : medium > 0 ? "medium" : "low",
    sparkline,
    userUrl: who.userUrl,
  };
}

/** Creation time descending; ISO instants of one form compare as text. */
function newestFirst(a: IsnotaiSession, b: IsnotaiSession): number {
  const x = a.createdAt ?? "";
  const y = b.createdAt ?? "";
  return x === y ? (a.id < b.id ? -1 : 1) : x > y ? -1 : 1;
}

function inRange(ms: number, from: number, to: number): boolean {
  return ms >= from && ms < to;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
