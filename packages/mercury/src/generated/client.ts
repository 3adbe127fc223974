// generated — do not edit. Source: specs/mercury/openapi.yaml; run `pnpm generate`.
import { type Client, type ClientOptions, createProviderClient } from "@clientele/core";
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
}

/**
 * A typed client of the Mercury.ai API (bot users): openapi-fetch's methods, `paginate` on every
 * list, core's errors.
 */
export type MercuryClient = Client<paths, PageItems>;

/**
 * Creates a typed client of the Mercury.ai API (bot users). Every option is checked before anything
 * is sent: a missing or malformed one is a `ValidationError` naming it, never quoting a credential.
 * @example
 * const client = createMercuryClient({ apiKey: process.env.MERCURY_API_KEY! });
 */
export function createMercuryClient(options: MercuryClientOptions): MercuryClient {
  return createProviderClient<paths, PageItems>(metadata, options);
}
