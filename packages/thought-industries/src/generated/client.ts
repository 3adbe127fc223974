// generated — do not edit. Source: specs/thought-industries/openapi.yaml; run `pnpm generate`.
import { type Client, type ClientOptions, createProviderClient, extendClient, type CallOptions, callOperation } from "@clientele/core";
import { metadata, type PageItems } from "./metadata.js";
import type { components, paths } from "./openapi.js";

/** What `createThoughtIndustriesClient` takes: the spec's credentials and server options, and core's options. */
export interface ThoughtIndustriesClientOptions extends ClientOptions {
  /**
   * Sent as `Authorization: Bearer <value>` (the spec's `bearerAuth` scheme).
   *
   * `Authorization: Bearer <API key>`. Keys are created in the instance's admin settings, belong
   * to one instance and carry the permissions of the role chosen for them. Documented prefixes
   * are `ti_live_` (production) and `ti_test_` (sandbox), but keys seen in real use are opaque,
   * so the prefix is not checked. Enterprise customers may use OAuth 2.0 (`client_credentials`
   * or `authorization_code`); its token URL and scopes are not documented, so it is not declared.
   */
  apiKey: string;
  /**
   * The instance's subdomain of thoughtindustries.com (`acme` for `acme.thoughtindustries.com`). A
   * placeholder: the client requires either the tenant or a full base URL.
   *
   * Required unless `baseUrl` is given.
   */
  tenant?: string;
}

/**
 * A typed client of the Thought Industries REST API (incoming/v2): openapi-fetch's methods,
 * `paginate` on every list, core's errors.
 */
export type ThoughtIndustriesClient = Client<paths, PageItems> & ThoughtIndustriesMethods;

/** The methods the spec declares (`x-method`), each sending one operation. */
export interface ThoughtIndustriesMethods {
  /**
   * Get one user by id, e-mail address or external customer id.
   *
   * Sends `GET /users/{id}`. Returns the payload at `/data/UserById`, else the body's root.
   */
  getUser(id: paths["/users/{id}"]["get"]["parameters"]["path"]["id"], options?: CallOptions): Promise<components["schemas"]["User"]>;
}

/** The spec's methods, sent through `client` (the factory adds them with `extendClient`). */
export const methods = (client: Client<paths, PageItems>): ThoughtIndustriesMethods =>
  ({
    getUser: (id, options) => callOperation(client, "GET /users/{id}", { ...options, params: { path: { id } } }),
  }) as ThoughtIndustriesMethods;

/**
 * Creates a typed client of the Thought Industries REST API (incoming/v2). Every option is checked
 * before anything is sent: a missing or malformed one is a `ValidationError` naming it, never
 * quoting a credential.
 * @example
 * const client = createThoughtIndustriesClient({ apiKey: process.env.THOUGHT_INDUSTRIES_API_KEY!, tenant: process.env.THOUGHT_INDUSTRIES_TENANT! });
 */
export function createThoughtIndustriesClient(options: ThoughtIndustriesClientOptions): ThoughtIndustriesClient {
  return extendClient(createProviderClient<paths, PageItems>(metadata, options), methods);
}
