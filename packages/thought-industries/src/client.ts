import {
  type CallOptions,
  type Client,
  type ClientOptions,
  ValidationError,
  bearerAuth,
  createClient,
} from "@clientele/core";
import { type EventFeedPath, type EventFeedQuery, eventFeed } from "./event-feed.js";
import { metadata, type PageItems } from "./generated/metadata.js";
import type { components, paths } from "./generated/openapi.js";
import { getUser } from "./get-user.js";

type Schemas = components["schemas"];

export interface ThoughtIndustriesClientOptions extends ClientOptions {
  /** The instance's API key, sent as `Authorization: Bearer <key>`. */
  apiKey: string;
  /**
   * The instance's subdomain: `acme` for `https://acme.thoughtindustries.com/incoming/v2`. Required
   * unless `baseUrl` is given (a vanity domain such as `https://university.example.com/incoming/v2`).
   */
  tenant?: string;
}

export type ThoughtIndustriesClient = Client<paths, PageItems> & {
  /**
   * One user by UUID, e-mail address or `externalCustomerId` (sent as one URL-encoded path segment),
   * as the bare user whichever shape the instance answers in. No such user: `ApiError`, status 404.
   */
  getUser(ref: string, options?: CallOptions): Promise<Schemas["User"]>;
  /**
   * Every event of a feed in a time window, newest first, each exactly once: the window's end slides
   * back to the oldest event's millisecond, and the events of that millisecond already delivered are
   * skipped, so events sharing a millisecond across two calls are neither lost nor repeated.
   */
  eventFeed<P extends EventFeedPath>(
    path: P,
    query?: EventFeedQuery<P>,
    options?: CallOptions,
  ): AsyncIterable<Schemas["Event"]>;
};

/** A DNS label: what goes before `.thoughtindustries.com`. */
const TENANT = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/**
 * Creates a typed client for a Thought Industries instance.
 * @example
 * const client = createThoughtIndustriesClient({ tenant: "acme", apiKey: process.env.TI_API_KEY! });
 * for await (const user of client.paginate("/users", { params: { query: { role: "learner" } } })) {
 *   console.log(user.email);
 * }
 */
export function createThoughtIndustriesClient(
  options: ThoughtIndustriesClientOptions,
): ThoughtIndustriesClient {
  const { apiKey, tenant, ...rest } = options;
  if (typeof apiKey != "string" || !apiKey.trim())
    throw new ValidationError("apiKey is required", "apiKey", "required");
  if (tenant === undefined && !rest.baseUrl)
    throw new ValidationError(
      "tenant is required (the instance's subdomain, e.g. `acme`), or pass baseUrl for a vanity domain",
      "tenant",
      "required",
    );
  if (tenant !== undefined && !TENANT.test(tenant))
    throw new ValidationError(
      `tenant must be the instance's subdomain (e.g. \`acme\`), not a host or URL; for a vanity domain pass baseUrl`,
      "tenant",
      "pattern",
    );
  const client = createClient<paths, PageItems>(metadata, {
    ...rest,
    serverVariables: { tenant },
    auth: bearerAuth(apiKey),
  });
  return Object.assign(client, {
    getUser: (ref: string, callOptions?: CallOptions) => getUser(client, ref, callOptions),
    eventFeed: <P extends EventFeedPath>(path: P, query?: EventFeedQuery<P>, callOptions?: CallOptions) =>
      eventFeed(client, path, query, callOptions),
  });
}
