import { type CallOptions, type Client, ValidationError } from "@clientele/core";
import type { PageItems } from "./generated/metadata.js";
import type { components, paths } from "./generated/openapi.js";

type Event = components["schemas"]["Event"];
type Instant = Date | number | string;

/** The paths of the activity feeds (`/events/courseAction`, …). */
export type EventFeedPath = Extract<keyof PageItems, `/events/${string}`>;

/** A feed's filters; the window bounds also take a `Date` (sent as epoch milliseconds). */
export type EventFeedQuery<P extends EventFeedPath> = Omit<
  NonNullable<paths[P]["get"]["parameters"]["query"]>,
  "cursor" | "startDate" | "endDate"
> & { startDate?: Instant; endDate?: Instant };

/** A window bound as sent: a `Date` becomes epoch milliseconds; text must be epoch ms or a date-time. */
function bound(name: string, value: Instant | undefined): number | string | undefined {
  let ms = value instanceof Date ? value.getTime() : value;
  if (typeof ms == "string" && /^\d+$/.test(ms)) ms = Number(ms);
  if (ms === undefined) return ms;
  if (typeof ms == "number" ? Number.isSafeInteger(ms) && ms >= 0 : !Number.isNaN(Date.parse(ms))) return ms;
  throw new ValidationError(
    `query.${name} must be epoch milliseconds, an ISO 8601 date-time or a Date`,
    `query.${name}`,
    "format",
  );
}

const millis = (v: number | string | undefined) => (typeof v == "string" ? Date.parse(v) : v);

/**
 * Every event of a feed in a time window, newest first, each exactly once. The walk itself is the
 * spec's `window` pagination (core slides the window's end back to the oldest event's millisecond
 * and skips the events of that millisecond already delivered); this adds typed bounds that take a
 * `Date`, checked before anything is sent (a window that ends before it starts included).
 */
export function eventFeed<P extends EventFeedPath>(
  client: Client<paths, PageItems>,
  path: P,
  query: EventFeedQuery<P> = {} as EventFeedQuery<P>,
  options: CallOptions = {},
): AsyncIterable<Event> {
  const { startDate, endDate, ...filters } = query;
  return {
    async *[Symbol.asyncIterator]() {
      const start = bound("startDate", startDate);
      const end = bound("endDate", endDate);
      // a window that ends before it starts is a mistake (swapped bounds), not an empty feed
      if ((millis(end) ?? Infinity) < (millis(start) ?? -Infinity))
        throw new ValidationError(
          "query.startDate must not be after query.endDate",
          "query.startDate",
          "notAfter",
        );
      const feed = client.paginate(path as "/events/login", {
        ...options,
        params: { query: { ...filters, startDate: start, endDate: end } },
      });
      yield* feed;
    },
  };
}
