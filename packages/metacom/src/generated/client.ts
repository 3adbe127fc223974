// generated — do not edit. Source: specs/metacom/openapi.yaml; run `pnpm generate`.
import { type Client, type ClientOptions, createProviderClient, extendClient, type CallOptions, callOperation, type ValueAt } from "@clientele/core";
import { metadata, type PageItems } from "./metadata.js";
import type { components, paths } from "./openapi.js";

/** What `createMetacomClient` takes: the spec's credentials and server options, and core's options. */
export interface MetacomClientOptions extends ClientOptions {
  /**
   * Sent as `Authorization: Bearer <value>` (the spec's `bearerAuth` scheme).
   *
   * `Authorization: Bearer <access token>`. How a first token is obtained is not documented (the
   * "Authentication Guide" could not be read); a long-lived token minted for a service user is the
   * practical choice. There is no documented refresh flow.
   */
  token: string;
  /**
   * Sent as the `environment-id` header (the spec's `environmentId` scheme).
   *
   * The environment (tenant) every request acts on, e.g. `acme_prod`. Sent on every documented
   * example together with the bearer token; not a secret, but required alongside it.
   */
  environmentId: string;
  /**
   * Host name of the customer's Metacom API (no scheme, no path). Per customer; the default is a
   * deliberately unusable placeholder. The `https://` scheme in front of it is inferred: the docs
   * write `[Main API Domain]/api/v2/…` with no scheme. HTTPS is assumed because every request
   * carries a bearer token, which must not travel in clear text.
   *
   * Required unless `baseUrl` is given.
   */
  domain?: string;
}

/**
 * A typed client of the Metacom Platform REST API v2 — users and usage statistics: openapi-fetch's
 * methods, `paginate` on every list, core's errors.
 */
export type MetacomClient = Client<paths, PageItems> & MetacomMethods;

/** The methods the spec declares (`x-method`), each sending one operation. */
export interface MetacomMethods {
  /**
   * Get a user.
   *
   * Sends `GET /users/{userId}`. Returns the payload at `/data`. Of it, the item whose `/_id` is
   * `userId`, never another (none, or several, is a `MalformedResponseError`).
   */
  getUser(userId: paths["/users/{userId}"]["get"]["parameters"]["path"]["userId"], options?: CallOptions): Promise<components["schemas"]["User"]>;
  /**
   * Create a long-lived token for a user.
   *
   * Sends `POST /users/{userId}/long-lived-tokens`. Returns the payload at `/data`.
   */
  createLongLivedToken(userId: paths["/users/{userId}/long-lived-tokens"]["post"]["parameters"]["path"]["userId"], body?: NonNullable<paths["/users/{userId}/long-lived-tokens"]["post"]["requestBody"]>["content"]["application/json"], options?: CallOptions): Promise<NonNullable<ValueAt<paths["/users/{userId}/long-lived-tokens"]["post"]["responses"][200]["content"]["application/json"], "/data">>>;
}

/** The spec's methods, sent through `client` (the factory adds them with `extendClient`). */
export const methods = (client: Client<paths, PageItems>): MetacomMethods =>
  ({
    getUser: (userId, options) => callOperation(client, "GET /users/{userId}", { ...options, params: { path: { userId } } }),
    createLongLivedToken: (userId, body, options) => callOperation(client, "POST /users/{userId}/long-lived-tokens", { ...options, params: { path: { userId } }, body: body ?? {} }),
  }) as MetacomMethods;

/**
 * Creates a typed client of the Metacom Platform REST API v2 — users and usage statistics. Every
 * option is checked before anything is sent: a missing or malformed one is a `ValidationError`
 * naming it, never quoting a credential.
 * @example
 * const client = createMetacomClient({ token: process.env.METACOM_TOKEN!, environmentId: process.env.METACOM_ENVIRONMENT_ID!, domain: process.env.METACOM_DOMAIN! });
 */
export function createMetacomClient(options: MetacomClientOptions): MetacomClient {
  return extendClient(createProviderClient<paths, PageItems>(metadata, options), methods);
}
