export { createIsNotAiClient } from "./client.js";
export type { IsNotAiClient, IsNotAiClientOptions, IsNotAiRegion } from "./client.js";
export { tierOf } from "./tier.js";
export type { IsNotAiTier } from "./tier.js";
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
  isMalformedResponseError,
  isNetworkError,
  isPaginationError,
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
