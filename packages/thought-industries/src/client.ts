import { type CallOptions, extendClient } from "@clientele/core";
import { type EventFeedPath, type EventFeedQuery, eventFeed } from "./event-feed.js";
import {
  type ThoughtIndustriesClient as BaseClient,
  type ThoughtIndustriesClientOptions,
  createThoughtIndustriesClient as createBase,
} from "./generated/client.js";
import type { components } from "./generated/openapi.js";

/**
 * The typed client: openapi-fetch's methods, `paginate`, the spec's `getUser` (by UUID, e-mail
 * address or `externalCustomerId`, sent as one URL-encoded path segment, returned as the bare user
 * whichever shape the instance answers in), and `eventFeed`.
 */
export type ThoughtIndustriesClient = BaseClient & {
  /**
   * Every event of a feed in a time window, newest first, each exactly once: the window's end slides
   * back to the oldest event's millisecond, and the events of that millisecond already delivered are
   * skipped, so events sharing a millisecond across two calls are neither lost nor repeated.
   */
  eventFeed<P extends EventFeedPath>(
    path: P,
    query?: EventFeedQuery<P>,
    options?: CallOptions,
  ): AsyncIterable<components["schemas"]["Event"]>;
};

/**
 * Creates a typed client for a Thought Industries instance: `tenant` is its subdomain (`acme`), or
 * `baseUrl` its vanity domain (`https://university.example.com/incoming/v2`).
 * @example
 * const client = createThoughtIndustriesClient({ tenant: "acme", apiKey: process.env.TI_API_KEY! });
 * for await (const user of client.paginate("/users", { params: { query: { role: "learner" } } })) {
 *   console.log(user.email);
 * }
 */
export function createThoughtIndustriesClient(
  options: ThoughtIndustriesClientOptions,
): ThoughtIndustriesClient {
  return extendClient(createBase(options), (client) => ({
    eventFeed: <P extends EventFeedPath>(path: P, query?: EventFeedQuery<P>, callOptions?: CallOptions) =>
      eventFeed(client, path, query, callOptions),
  }));
}
