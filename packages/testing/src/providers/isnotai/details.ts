import type { RouteContext } from "../../provider";
import { json, type FakeResponse } from "../../response";
import { envelope, withTier } from "./envelope";
import { eventsOf } from "./events";
import { iso } from "./seed";
import { findSession, isSession } from "./sessions";
import type { IsnotaiAuth, IsnotaiEvent, IsnotaiSession, IsnotaiState } from "./types";

type Ctx = RouteContext<IsnotaiState, IsnotaiAuth>;

/** Which `eventCounts` member each event type adds to. */
const KIND: Readonly<Record<string, string>> = {
  mouse_move: "mouse",
  mouse_click: "mouse",
  scroll: "scroll",
  keypress: "keyboard",
  touch: "touch",
  form_input: "form",
};
const BUCKET_MS = 5 * 60_000;

/** `GET /v1/sessions/{sessionId}/details`: counts and a five-minute timeline from the events; 503 while the store is down. */
export function getSessionDetails(ctx: Ctx): FakeResponse {
  const found = findSession(ctx);
  if (!isSession(found)) return found;
  if (ctx.state.detailsUnavailable)
    return withTier(
      ctx,
      envelope(503, "SERVICE_UNAVAILABLE", "Session detail storage is temporarily unavailable."),
    );
  return withTier(ctx, json(200, { data: detailsOf(found, eventsOf(ctx.state, ctx.options.seed, found)) }));
}

function detailsOf(session: IsnotaiSession, events: readonly IsnotaiEvent[]) {
  const start = Date.parse(session.createdAt ?? "");
  const end = Date.parse(session.updatedAt ?? "");
  const counts = { total: events.length, mouse: 0, scroll: 0, keyboard: 0, touch: 0, form: 0 };
  for (const event of events) {
    const kind = KIND[event.eventTypeName ?? ""] as keyof typeof counts | undefined;
    if (kind) counts[kind]++;
  }
  return {
    sessionId: session.id,
    startTime: session.createdAt ?? null,
    endTime: session.status === "active" ? null : (session.updatedAt ?? null),
    durationSeconds: Number.isNaN(end - start) ? null : (end - start) / 1000,
    eventCounts: counts,
    timeline: timeline(start, events),
    pageHistory: session.pageUrl ? [{ url: session.pageUrl, enteredAt: session.createdAt ?? null }] : [],
  };
}

/** Five-minute buckets from the session's start, each with its count and most frequent event type. */
function timeline(start: number, events: readonly IsnotaiEvent[]) {
  const buckets = new Map<number, IsnotaiEvent[]>();
  for (const event of events) {
    const at = start + Math.floor(((event.timestamp ?? start) - start) / BUCKET_MS) * BUCKET_MS;
    const bucket = buckets.get(at);
    if (bucket) bucket.push(event);
    else buckets.set(at, [event]);
  }
  return [...buckets].map(([at, list]) => ({
    timestamp: iso(at),
    eventCount: list.length,
    dominantEventType: dominant(list),
  }));
}

function dominant(events: readonly IsnotaiEvent[]): string | null {
  const tally = new Map<string, number>();
  for (const e of events)
    if (e.eventTypeName) tally.set(e.eventTypeName, (tally.get(e.eventTypeName) ?? 0) + 1);
  return [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
