// generated — do not edit. Source: specs/sparkwise/openapi.yaml; run `pnpm generate`.
import { type Client, type ClientOptions, createProviderClient, extendClient, type CallOptions, callOperation, type ValueAt, type BatchOptions, type BatchResult, runBatch } from "@clientele/core";
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
export type SparkwiseClient = Client<paths, PageItems> & SparkwiseMethods;

/** The methods the spec declares (`x-method`), each sending one operation. */
export interface SparkwiseMethods {
  /**
   * Get available session clusters.
   *
   * Sends `GET /clusters`. Returns the payload at `/data/items`.
   */
  listClusters(query?: NonNullable<paths["/clusters"]["get"]["parameters"]["query"]>, options?: CallOptions): Promise<NonNullable<ValueAt<paths["/clusters"]["get"]["responses"][200]["content"]["application/json"], "/data/items">>>;
  /**
   * Get session completions.
   *
   * Sends `GET /completions`. Returns the body.
   */
  listCompletions(query?: NonNullable<paths["/completions"]["get"]["parameters"]["query"]>, options?: CallOptions): Promise<paths["/completions"]["get"]["responses"][200]["content"]["application/json"]>;
  /**
   * Batch upsert users.
   *
   * Sends `POST /users/batch-upsert`. Returns every member's outcome: in `succeeded`, or in
   * `failed` with the reason.
   */
  upsertUsers(members: readonly NonNullable<paths["/users/batch-upsert"]["post"]["requestBody"]>["content"]["application/json"]["users"][number][], options?: Omit<BatchOptions, "body">): Promise<BatchResult<NonNullable<paths["/users/batch-upsert"]["post"]["requestBody"]>["content"]["application/json"]["users"][number]>>;
  /**
   * Batch deactivate users.
   *
   * Sends `POST /users/batch-deactivate`. Returns every member's outcome: in `succeeded`, or in
   * `failed` with the reason.
   */
  deactivateUsers(members: readonly NonNullable<paths["/users/batch-deactivate"]["post"]["requestBody"]>["content"]["application/json"]["users"][number][], options?: Omit<BatchOptions, "body">): Promise<BatchResult<NonNullable<paths["/users/batch-deactivate"]["post"]["requestBody"]>["content"]["application/json"]["users"][number]>>;
}

/** The spec's methods, sent through `client` (the factory adds them with `extendClient`). */
export const methods = (client: Client<paths, PageItems>): SparkwiseMethods =>
  ({
    listClusters: (query, options) => callOperation(client, "GET /clusters", { ...options, params: { query } }),
    listCompletions: (query, options) => callOperation(client, "GET /completions", { ...options, params: { query } }),
    upsertUsers: (members, options) => runBatch(client, "POST", "/users/batch-upsert", members, options),
    deactivateUsers: (members, options) => runBatch(client, "POST", "/users/batch-deactivate", members, options),
  }) as SparkwiseMethods;

/**
 * Creates a typed client of the Sparkwise Account API. Every option is checked before anything is
 * sent: a missing or malformed one is a `ValidationError` naming it, never quoting a credential.
 * @example
 * const client = createSparkwiseClient({ apiKey: process.env.SPARKWISE_API_KEY! });
 */
export function createSparkwiseClient(options: SparkwiseClientOptions): SparkwiseClient {
  return extendClient(createProviderClient<paths, PageItems>(metadata, options), methods);
}
