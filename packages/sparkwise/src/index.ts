import {
  type BatchOptions,
  type BatchResult,
  type CallOptions,
  type Client,
  type ClientOptions,
  ValidationError,
  createClient,
  headerAuth,
  unwrap,
} from "@clientele/core";
import { metadata, type PageItems } from "./generated/metadata.js";
import type { components, paths } from "./generated/openapi.js";

export type * from "./generated/openapi.js";
export {
  ApiError,
  ClienteleError,
  MalformedResponseError,
  NetworkError,
  PaginationError,
  RateLimitError,
  TimeoutError,
  ValidationError,
  isApiError,
  isClienteleError,
  isRateLimitError,
  isTimeoutError,
  isValidationError,
  unwrap,
} from "@clientele/core";
export type {
  CallOptions,
  Page,
  PagePosition,
  PaginateOptions,
  Paginator,
  RetryOptions,
} from "@clientele/core";

type Schemas = components["schemas"];

export interface SparkwiseClientOptions extends ClientOptions {
  /** The organisation's server API key (`ServerApiKey`). */
  apiKey: string;
}

/** A half-open time window: `from` inclusive, `to` exclusive; `Date`s or ISO 8601 strings. */
export interface TimeWindow {
  from?: Date | string;
  to?: Date | string;
}

/** Every member appears exactly once: in `succeeded`, or in `failed` with the reason. */
export type BatchOutcome<Member> = BatchResult<Member>;

export type SparkwiseClient = Client<paths, PageItems> & {
  /** The session clusters created in the window. */
  listClusters(window?: TimeWindow, options?: CallOptions): Promise<Schemas["Cluster"][]>;
  /** The completions of sessions held in the window. */
  listCompletions(window?: TimeWindow, options?: CallOptions): Promise<Schemas["Completion"][]>;
  /** Creates or updates any number of users (matched by `remoteId`), in chunks of 200. */
  upsertUsers(
    users: readonly Schemas["UserTemplate"][],
    options?: BatchOptions,
  ): Promise<BatchOutcome<Schemas["UserTemplate"]>>;
  /** Deactivates any number of users, in chunks of 200. */
  deactivateUsers(
    users: readonly Schemas["UserRef"][],
    options?: BatchOptions,
  ): Promise<BatchOutcome<Schemas["UserRef"]>>;
};

/**
 * Creates a typed client for the Sparkwise Account API.
 * @example
 * const client = createSparkwiseClient({ apiKey: process.env.SPARKWISE_API_KEY! });
 * const { succeeded, failed } = await client.upsertUsers(users);
 */
export function createSparkwiseClient(options: SparkwiseClientOptions): SparkwiseClient {
  const { apiKey, ...rest } = options;
  if (!apiKey) throw new ValidationError("apiKey is required", "apiKey", "required");
  const client = createClient<paths, PageItems>(metadata, {
    ...rest,
    auth: headerAuth(metadata.securitySchemes.ServerApiKey.name, apiKey),
  });
  const query = (window: TimeWindow = {}) =>
    ({ from: window.from, to: window.to }) as { from?: string; to?: string };
  return Object.assign(client, {
    async listClusters(window?: TimeWindow, options?: CallOptions) {
      const body = await unwrap(client.GET("/clusters", { ...options, params: { query: query(window) } }));
      return body.data.items;
    },
    listCompletions: (window?: TimeWindow, options?: CallOptions) =>
      unwrap(client.GET("/completions", { ...options, params: { query: query(window) } })),
    upsertUsers: (users: readonly Schemas["UserTemplate"][], options?: BatchOptions) =>
      client.batch("POST", "/users/batch-upsert", users, options),
    deactivateUsers: (users: readonly Schemas["UserRef"][], options?: BatchOptions) =>
      client.batch("POST", "/users/batch-deactivate", users, options),
  });
}
