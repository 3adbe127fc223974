import type { CallOptions, Client } from "@clientele/core";
import type { PageItems } from "./generated/metadata.js";
import type { components, paths } from "./generated/openapi.js";

type Event = components["schemas"]["Event"];

/** The paths of the activity feeds (`/events/courseAction`, …). */
export type EventFeedPath = Extract<keyof PageItems, `/events/${string}`>;

/**
 * A feed's filters. The window bounds take epoch milliseconds, an ISO 8601 date-time or a `Date`
 * (sent as epoch milliseconds, as the spec declares with `x-serialize: epoch-ms`).
 */
export type EventFeedQuery<P extends EventFeedPath> = Omit<
  NonNullable<paths[P]["get"]["parameters"]["query"]>,
  "cursor"
>;

/**
 * Every event of a feed in a time window, newest first, each exactly once: the spec's `window`
 * pagination (core slides the window's end back to the oldest event's millisecond and skips the
 * events of that millisecond already delivered). The bounds are checked before anything is sent,
 * from the spec: each an instant, and `startDate` not after `endDate` (`x-constraints: notAfter`).
 */
export function eventFeed<P extends EventFeedPath>(
  client: Client<paths, PageItems>,
  path: P,
  query: EventFeedQuery<P> = {} as EventFeedQuery<P>,
  options: CallOptions = {},
): AsyncIterable<Event> {
  return client.paginate(path as "/events/login", { ...options, params: { query } });
}
