// generated — do not edit. Source: specs/isnotai/openapi.yaml; run `pnpm generate`.
import { type Client, type ClientOptions, createProviderClient, chooseOptions } from "@clientele/core";
import { metadata, type PageItems } from "./metadata.js";
import type { paths } from "./openapi.js";

/**
 * The values of `region`: `us` is `https://api.isnotai.com`, `eu` is `https://api-eu.isnotai.com`.
 */
export type IsNotAiRegion = "us" | "eu";

/** What `createIsNotAiClient` takes: the spec's credentials and server options, and core's options. */
export interface IsNotAiClientOptions extends ClientOptions {
  /**
   * Sent as `Authorization: Bearer <value>` (the spec's `bearerAuth` scheme).
   *
   * `Authorization: Bearer aik_v1_…`. Preferred, and used in every docs example; the docs name
   * this scheme `bearer_auth`. A key is 47 characters: `aik_v1_` followed by 40 base64url
   * characters (a local sanity check may use `^aik_v1_[A-Za-z0-9_-]{40}$`; treat the body as
   * opaque). Each key works only on the host of its own region. When both this header and
   * `x-api-key` are sent, this one wins.
   */
  apiKey: string;
  /**
   * The region the key was minted in. A key only works on its own region's host and does not say
   * which one that is, so tell the client. Ignored when `baseUrl` is given.
   * @default "us"
   */
  region?: IsNotAiRegion;
  /**
   * How the key is sent. The edge rate limiter tells callers apart by `Authorization`, so every
   * `x-api-key` caller of a tier shares one bucket: keep the default unless a proxy strips
   * `Authorization`.
   * @default "bearer"
   */
  sendKeyAs?: "bearer" | "x-api-key";
}

/**
 * A typed client of the Not AI Public REST API: openapi-fetch's methods, `paginate` on every list,
 * core's errors.
 */
export type IsNotAiClient = Client<paths, PageItems>;

/**
 * Creates a typed client of the Not AI Public REST API. Every option is checked before anything is
 * sent: a missing or malformed one is a `ValidationError` naming it, never quoting a credential.
 * @example
 * const client = createIsNotAiClient({ apiKey: process.env.ISNOTAI_API_KEY! });
 */
export function createIsNotAiClient(options: IsNotAiClientOptions): IsNotAiClient {
  return createProviderClient<paths, PageItems>(metadata, ...chooseOptions(metadata, options));
}
