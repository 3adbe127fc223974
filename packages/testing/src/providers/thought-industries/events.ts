import { decodeCursor, encodeCursor } from "../../cursor";
import { sliceAt } from "../../paging";
import { json, type FakeResponse } from "../../response";
import { invalid, type Ctx } from "./http";
import type { Feed, TiEvent } from "./types";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * `GET /events/<feed>`: the events whose timestamp lies in [`startDate`, `endDate`] (inclusive,
 * epoch ms or ISO 8601), filtered by `kind`, `notifiableId` and `userId`, newest first, at most
 * `settings.eventsPerCall` per call. The documented `cursor` pages within the same filters.
 */
export function listEvents(feed: Feed) {
  return (ctx: Ctx): FakeResponse => {
    const filter = readFilter(ctx);
    if (typeof filter == "string") return invalid(ctx, filter);
    const { settings } = ctx.state;
    const events = newestFirst(ctx.state.events[feed].filter(filter.test));
    const scope = `${feed}|${filter.scope}`;
    const cursor = ctx.query.get("cursor");
    const offset = cursor === null ? 0 : cursor && decodeCursor(cursor, secret(ctx), scope);
    if (offset === undefined || offset === "")
      return invalid(ctx, "cursor is invalid or was issued for another query");
    const slice = sliceAt(events, offset, settings.eventsPerCall);
    if (settings.shape == "flat") return json(200, { events: slice.items });
    const next =
      slice.nextOffset === undefined ? {} : { cursor: encodeCursor(slice.nextOffset, secret(ctx), scope) };
    const pageInfo = {
      perPage: settings.eventsPerCall,
      total: events.length,
      hasMore: slice.hasMore,
      ...next,
    };
    return json(200, { data: { APIEvents: { pageInfo, events: slice.items } } });
  };
}

interface Filter {
  test: (event: TiEvent) => boolean;
  scope: string;
}

function readFilter(ctx: Ctx): Filter | string {
  const start = instant(ctx, "startDate");
  const end = instant(ctx, "endDate");
  if (typeof start == "string") return start;
  if (typeof end == "string") return end;
  const values: Record<string, string | null> = {};
  for (const name of ["kind", "notifiableId", "userId"]) {
    const value = (values[name] = ctx.query.get(name));
    if (value === "") return `${name} must not be empty`;
    if (value !== null && name != "kind" && !UUID.test(value)) return `${name} must be a UUID`;
  }
  const { kind, notifiableId, userId } = values;
  return {
    scope: JSON.stringify([start, end, kind, notifiableId, userId]),
    test: (e) => {
      const ms = stamp(e);
      return (
        (start === undefined || ms >= start) &&
        (end === undefined || ms <= end) &&
        (kind === null || e.type === kind || e.event === kind) &&
        (notifiableId === null || e.notifiableId === notifiableId) &&
        (userId === null || (e.userDetail as { id?: string } | undefined)?.id === userId)
      );
    },
  };
}

/** A window bound: epoch milliseconds (what production sends) or an ISO 8601 timestamp. */
function instant(ctx: Ctx, name: string): number | undefined | string {
  const raw = ctx.query.get(name);
  if (raw === null) return undefined;
  if (/^\d{1,15}$/.test(raw)) return Number(raw);
  const ms = ISO.test(raw) ? Date.parse(raw) : NaN;
  return Number.isNaN(ms) ? `${name} must be epoch milliseconds or an ISO 8601 timestamp` : ms;
}

const stamp = (event: TiEvent) => Date.parse(event.timestamp);

/** The events newest first (a stable sort: events of one millisecond keep their order); usually sorted already. */
function newestFirst(events: TiEvent[]): TiEvent[] {
  const sorted = events.every((e, i) => i == 0 || stamp(events[i - 1]!) >= stamp(e));
  return sorted ? events : events.sort((a, b) => stamp(b) - stamp(a));
}

const secret = (ctx: Ctx) => `thought-industries:${ctx.options.seed}:events`;
