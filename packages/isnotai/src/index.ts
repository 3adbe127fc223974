import {
  type Client,
  type ClientOptions,
  ValidationError,
  bearerAuth,
  createClient,
  headerAuth,
} from "@clientele/core";
import { metadata, type PageItems } from "./generated/metadata.js";
import type { paths } from "./generated/openapi.js";

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

export interface IsNotAiClientOptions extends ClientOptions {
  /** The integration's API key, `aik_v1_…`. */
  apiKey: string;
  /** The region the key belongs to; a key only works in its own region. @default "us" */
  region?: "us" | "eu";
  /**
   * How the key is sent. The edge rate limiter tells callers apart by `Authorization`, so every
   * `x-api-key` caller of a tier shares one bucket: prefer the default.
   * @default "bearer"
   */
  sendKeyAs?: "bearer" | "x-api-key";
}

export type IsNotAiClient = Client<paths, PageItems>;

/**
 * Creates a typed client for the Not AI API.
 * @example
 * const client = createIsNotAiClient({ apiKey: process.env.ISNOTAI_API_KEY!, region: "eu" });
 * for await (const user of client.paginate("/v1/users", { params: { query: { pageSize: 100 } } })) {
 *   console.log(user.userId, user.riskLevel);
 * }
 */
export function createIsNotAiClient(options: IsNotAiClientOptions): IsNotAiClient {
  const { apiKey, region = "us", sendKeyAs = "bearer", ...rest } = options;
  if (typeof apiKey !== "string" || !apiKey.startsWith("aik_v1_")) {
    throw new ValidationError('apiKey must be a Not AI key starting with "aik_v1_"', "apiKey", "pattern");
  }
  if (region !== "us" && region !== "eu") {
    throw new ValidationError(
      `region must be "us" or "eu" (got ${JSON.stringify(region)})`,
      "region",
      "enum",
    );
  }
  const keyHeader = metadata.securitySchemes.apiKeyHeader.name;
  return createClient<paths, PageItems>(metadata, {
    ...rest,
    server: region,
    auth: sendKeyAs === "x-api-key" ? headerAuth(keyHeader, apiKey) : bearerAuth(apiKey),
  });
}

/** Plan tiers the server reports; new ones may appear. */
export type IsNotAiTier = "free" | "pro" | "enterprise" | (string & {});

/**
 * The plan tier the server reports in `x-isnotai-tier`, from a response, a result or a page. It is
 * absent on 401s and on edge-generated 429s.
 */
export function tierOf(source: Response | { response: Response }): IsNotAiTier | undefined {
  const response = source instanceof Response ? source : source.response;
  return response.headers.get("x-isnotai-tier") ?? undefined;
}
