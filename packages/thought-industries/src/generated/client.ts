// generated — do not edit. Source: specs/thought-industries/openapi.yaml; run `pnpm generate`.
import { type Client, type ClientOptions, createProviderClient } from "@clientele/core";
import { metadata, type PageItems } from "./metadata.js";
import type { paths } from "./openapi.js";

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
export type ThoughtIndustriesClient = Client<paths, PageItems>;

/**
 * Creates a typed client of the Thought Industries REST API (incoming/v2). Every option is checked
 * before anything is sent: a missing or malformed one is a `ValidationError` naming it, never
 * quoting a credential.
 * @example
 * const client = createThoughtIndustriesClient({ apiKey: process.env.THOUGHT_INDUSTRIES_API_KEY!, tenant: process.env.THOUGHT_INDUSTRIES_TENANT! });
 */
export function createThoughtIndustriesClient(options: ThoughtIndustriesClientOptions): ThoughtIndustriesClient {
  return createProviderClient<paths, PageItems>(metadata, options);
}
