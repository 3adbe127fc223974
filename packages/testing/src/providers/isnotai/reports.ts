import type { RouteContext } from "../../provider";
import { json, type FakeResponse } from "../../response";
import { withTier } from "./envelope";
import { eventCountOf } from "./events";
import { presentedKey } from "./auth";
import { listPage } from "./page";
import { requireTier } from "./tier";
import type { IsnotaiAuth, IsnotaiSession, IsnotaiState } from "./types";

type Ctx = RouteContext<IsnotaiState, IsnotaiAuth>;

/** `GET /health`: unauthenticated, a bare object, server time in the .NET round-trip format. */
export function health(): FakeResponse {
  const timestamp = new Date().toISOString().replace(/\.(\d{3})Z$/, ".$10000+00:00");
  return json(200, { status: "healthy", version: "1.0.17.0", timestamp });
}

/** `GET /v1/integration`: the key's integration; the key only ever appears masked. */
export function getIntegration(ctx: Ctx): FakeResponse {
  const key = presentedKey(ctx) ?? "";
  return withTier(
    ctx,
    json(200, {
      data: {
        integrationId: `int_${ctx.options.seed}`,
        name: "Example University",
        region: ctx.options.auth.region,
        tier: requireTier(ctx),
        apiKeyMasked: `aik_v1_${"*".repeat(36)}${key.slice(-4)}`,
        createdAt: "2025-09-01T12:00:00Z",
      },
    }),
  );
}

/** `GET /v1/stats`: counters over every session of the integration. */
export function getStats(ctx: Ctx): FakeResponse {
  const { sessions } = ctx.state;
  const data = {
    totalSessions: sessions.length,
    activeSessions: sessions.filter((s) => s.status === "active").length,
    botSessions: sessions.filter((s) => (s.botScore ?? 0) >= 0.7).length,
    matchedSessions: sessions.filter((s) => s.userId).length,
    totalUsers: ctx.state.users.length,
    totalEvents: sessions.reduce((sum, s) => sum + eventCountOf(ctx.state, ctx.options.seed, s.id), 0),
    lastSessionAt:
      sessions
        .map((s) => s.createdAt ?? "")
        .sort()
        .pop() || null,
  };
  return withTier(ctx, json(200, { data }));
}

/** `GET /v1/courses`: one course per `…/courses/{id}` found in session page URLs, most recently seen first. */
export function listCourses(ctx: Ctx): FakeResponse {
  return listPage(ctx, coursesOf(ctx.state.sessions), { lastCursor: "empty" });
}

interface Course {
  courseId: string;
  origin: string;
  courseUrl: string;
  sessionCount: number;
  botSessionCount: number;
  userCount: number;
  lastActivity: string | null;
}

function coursesOf(sessions: readonly IsnotaiSession[]): Course[] {
  const courses = new Map<string, Course & { users: Set<string> }>();
  for (const s of sessions) {
    const match = /^(https?:\/\/[^/]+)\/courses\/([^/?#]+)/.exec(s.pageUrl ?? "");
    if (!match) continue;
    const [courseUrl, origin, courseId] = match as unknown as [string, string, string];
    let course = courses.get(courseUrl);
    if (!course) {
      course = {
        courseId,
        origin,
        courseUrl,
        sessionCount: 0,
        botSessionCount: 0,
        userCount: 0,
        lastActivity: null,
        users: new Set(),
      };
      courses.set(courseUrl, course);
    }
    course.sessionCount++;
    if ((s.botScore ?? 0) >= 0.7) course.botSessionCount++;
    if (s.userId) course.users.add(s.userId);
    if ((s.updatedAt ?? "") > (course.lastActivity ?? "")) course.lastActivity = s.updatedAt ?? null;
  }
  return [...courses.values()].map(({ users, ...course }) => ({ ...course, userCount: users.size }));
}
