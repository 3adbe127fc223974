import { readInt } from "../../params";
import type { RouteContext } from "../../provider";
import { json, type FakeResponse } from "../../response";
import { envelope, invalid, isResponse, withTier } from "./envelope";
import { eventsOf, typeFilter } from "./events";
import { listPage } from "./page";
import { HISTORY_DAYS, requireTier } from "./tier";
import type { IsnotaiAuth, IsnotaiEvent, IsnotaiSession, IsnotaiState } from "./types";

type Ctx = RouteContext<IsnotaiState, IsnotaiAuth>;
const DAY = 86_400_000;

/** `GET /v1/sessions`: filtered by status, bot verdict and creation time; a start before the tier's history is an empty page. */
export function listSessions(ctx: Ctx): FakeResponse {
  const botOnly = ctx.query.get("botOnly");
  if (botOnly !== null && !/^(true|false)$/i.test(botOnly))
    return invalid(ctx, "botOnly", "botOnly must be true or false.");
  const start = instant(ctx, "startDate");
  if (isResponse(start)) return start;
  const end = instant(ctx, "endDate");
  if (isResponse(end)) return end;
  if (start !== undefined && end !== undefined && start > end)
    return invalid(ctx, "startDate", "startDate must not be after endDate.");
  if (start !== undefined && start < Date.parse(ctx.state.now) - HISTORY_DAYS[requireTier(ctx)] * DAY)
    return listPage(ctx, [], { lastCursor: "absent" });
  const status = ctx.query.get("status");
  const kept = ctx.state.sessions.filter((s) => {
    const created = Date.parse(s.createdAt ?? "");
    return (
      (status === null || s.status === status) &&
      (botOnly?.toLowerCase() !== "true" || (s.botScore ?? 0) >= 0.7) &&
      (start === undefined || created >= start) &&
      (end === undefined || created <= end)
    );
  });
  return listPage(ctx, kept, { lastCursor: "absent" });
}

/** `GET /v1/sessions/{sessionId}`. */
export function getSession(ctx: Ctx): FakeResponse {
  const found = findSession(ctx);
  return isSession(found) ? withTier(ctx, json(200, { data: found })) : found;
}

/** `GET /v1/sessions/{sessionId}/events`: epoch-ms bounds, a type filter, 100 per page by default. */
export function listEvents(ctx: Ctx): FakeResponse {
  const found = findSession(ctx);
  if (!isSession(found)) return found;
  const type = ctx.query.get("type");
  const matches = type === null || type === "" ? () => true : typeFilter(type);
  if (!matches)
    return invalid(ctx, "type", "type must be a message-type byte (decimal or hex) or an event name.");
  const from = epochMs(ctx, "startTime") ?? 0;
  if (isResponse(from)) return from;
  const to = epochMs(ctx, "endTime") ?? Number.MAX_SAFE_INTEGER;
  if (isResponse(to)) return to;
  if (from > to) return invalid(ctx, "startTime", "startTime must not be after endTime.");
  const kept = eventsOf(ctx.state, ctx.options.seed, found).filter(
    (e: IsnotaiEvent) => matches(e) && (e.timestamp ?? 0) >= from && (e.timestamp ?? 0) <= to,
  );
  return listPage(ctx, kept, { defaultSize: 100, lastCursor: "empty" });
}

/** The session named by the path, or the 403 (another integration's) or 404 for it. */
export function findSession(ctx: Ctx): IsnotaiSession | FakeResponse {
  const id = ctx.params.sessionId ?? "";
  if (ctx.state.foreignSessionIds.includes(id))
    return withTier(ctx, envelope(403, "FORBIDDEN", "This session belongs to a different integration."));
  const found = ctx.state.sessions.find((s) => s.id === id);
  return found ?? withTier(ctx, envelope(404, "NOT_FOUND", "Session not found."));
}

export function isSession(value: IsnotaiSession | FakeResponse): value is IsnotaiSession {
  return "id" in value;
}

/** An ISO-8601 instant parameter as epoch ms: undefined when absent, the 400 when malformed. */
function instant(ctx: Ctx, name: string): number | undefined | FakeResponse {
  const raw = ctx.query.get(name);
  if (raw === null || raw === "") return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}/.test(raw) ? Date.parse(raw) : Number.NaN;
  return Number.isNaN(ms) ? invalid(ctx, name, `${name} is not a valid ISO-8601 timestamp.`) : ms;
}

function epochMs(ctx: Ctx, name: string): number | undefined | FakeResponse {
  if (!ctx.query.get(name)) return undefined;
  const read = readInt(ctx.query, name, { min: 0 });
  return read.ok ? read.value : invalid(ctx, name, `${read.message} (Unix epoch milliseconds).`);
}
