import { type Client, type ClientOptions, ValidationError, bearerAuth, createClient } from "@clientele/core";
import { metadata, type PageItems } from "./generated/metadata.js";
import type { paths } from "./generated/openapi.js";

export type * from "./generated/openapi.js";
export { normalizeEventList, normalizeUser, normalizeUserList } from "./shapes.js";
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

export interface ThoughtIndustriesClientOptions extends ClientOptions {
  /** The instance's API key, sent as `Authorization: Bearer <key>`. */
  apiKey: string;
  /** The instance: `https://<tenant>.thoughtindustries.com`. Required unless `baseUrl` is given. */
  tenant?: string;
}

export type ThoughtIndustriesClient = Client<paths, PageItems>;

/**
 * Creates a typed client for a Thought Industries instance.
 * @example
 * const client = createThoughtIndustriesClient({ tenant: "acme", apiKey: process.env.TI_API_KEY! });
 * for await (const user of client.paginate("/users", { params: { query: { role: "learner" } } })) {
 *   console.log(user.email);
 * }
 */
export function createThoughtIndustriesClient(
  options: ThoughtIndustriesClientOptions,
): ThoughtIndustriesClient {
  const { apiKey, tenant, ...rest } = options;
  if (!apiKey) throw new ValidationError("apiKey is required", "apiKey", "required");
  if (!tenant && !rest.baseUrl)
    throw new ValidationError("tenant is required (or pass baseUrl)", "tenant", "required");
  return createClient<paths, PageItems>(metadata, {
    ...rest,
    serverVariables: { tenant },
    auth: bearerAuth(apiKey),
  });
}
