// generated — do not edit. Source: specs/mercury/openapi.yaml; run `pnpm generate`.
import { type Client, type ClientOptions, createProviderClient, extendClient, type CallOptions, paginateOperation, type PaginateOptions, type Paginator } from "@clientele/core";
import { metadata, type PageItems } from "./metadata.js";
import type { paths } from "./openapi.js";

/** What `createMercuryClient` takes: the spec's credentials and server options, and core's options. */
export interface MercuryClientOptions extends ClientOptions {
  /**
   * Sent as `Authorization: Bearer <value>` (the spec's `bearerAuth` scheme).
   *
   * An API access token created on the Integrations page of a bot project's configuration, sent as
   * `Authorization: Bearer <API key>`. It carries a subset of its creator's permissions, and is in
   * practice
   * scoped to its project (inferred). No expiry or refresh is documented.
   */
  apiKey: string;
  /**
   * The bot project's id (UUID-looking).
   *
   * Sent as the path parameter `projectId` by every call that names none.
   */
  projectId?: string;
}

/**
 * A typed client of the Mercury.ai API (bot users): openapi-fetch's methods, `paginate` on every
 * list, core's errors.
 */
export type MercuryClient = Client<paths, PageItems> & MercuryMethods;

/** The methods the spec declares (`x-method`), each sending one operation. */
export interface MercuryMethods {
  /**
   * List the users of a bot with their properties.
   *
   * Sends `GET /projects/{projectId}/users/properties`. Returns its paginator: every item of every
   * page, each once, fetched lazily; a bad parameter is refused when the walk starts, before any
   * request.
   */
  listBotUsers(query?: NonNullable<paths["/projects/{projectId}/users/properties"]["get"]["parameters"]["query"]> & { projectId?: paths["/projects/{projectId}/users/properties"]["get"]["parameters"]["path"]["projectId"] }, options?: PaginateOptions & CallOptions): Paginator<PageItems["/projects/{projectId}/users/properties"]>;
}

/** The spec's methods, sent through `client` (the factory adds them with `extendClient`). */
export const methods = (client: Client<paths, PageItems>): MercuryMethods =>
  ({
    listBotUsers: ({ projectId, ...query } = {}, options) => paginateOperation(client, "/projects/{projectId}/users/properties", { path: { projectId }, query }, options),
  }) as MercuryMethods;

/**
 * Creates a typed client of the Mercury.ai API (bot users). Every option is checked before anything
 * is sent: a missing or malformed one is a `ValidationError` naming it, never quoting a credential.
 * @example
 * const client = createMercuryClient({ apiKey: process.env.MERCURY_API_KEY! });
 */
export function createMercuryClient(options: MercuryClientOptions): MercuryClient {
  return extendClient(createProviderClient<paths, PageItems>(metadata, options), methods);
}
