// generated — do not edit. Source: specs/sparkwise/openapi.yaml; run `pnpm generate`.
import { type Client, type ClientOptions, createProviderClient } from "@clientele/core";
import { metadata, type PageItems } from "./metadata.js";
import type { paths } from "./openapi.js";

/** What `createSparkwiseClient` takes: the spec's credentials and server options, and core's options. */
export interface SparkwiseClientOptions extends ClientOptions {
  /**
   * Sent as the `x-api-key` header (the spec's `ServerApiKey` scheme).
   *
   * A server-side API key of the organisation; the organisation is implied by the key (no operation
   * takes an organisation id). The scheme's name `ServerApiKey` is documented; its type, location
   * and header name are not. `x-api-key` is a guess: the most common header for an apiKey scheme of
   * that name, and nothing on the docs page points elsewhere. Clients should let the header name be
   * overridden until it is confirmed. Key format unknown.
   */
  apiKey: string;
}

/**
 * A typed client of the Sparkwise Account API: openapi-fetch's methods, `paginate` on every list,
 * core's errors.
 */
export type SparkwiseClient = Client<paths, PageItems>;

/**
 * Creates a typed client of the Sparkwise Account API. Every option is checked before anything is
 * sent: a missing or malformed one is a `ValidationError` naming it, never quoting a credential.
 * @example
 * const client = createSparkwiseClient({ apiKey: process.env.SPARKWISE_API_KEY! });
 */
export function createSparkwiseClient(options: SparkwiseClientOptions): SparkwiseClient {
  return createProviderClient<paths, PageItems>(metadata, options);
}
