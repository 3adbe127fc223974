export { createThoughtIndustriesClient } from "./client.js";
export type { ThoughtIndustriesClient, ThoughtIndustriesClientOptions } from "./client.js";
export type { EventFeedPath, EventFeedQuery } from "./event-feed.js";
export { normalizeEventList, normalizeUser, normalizeUserList } from "./shapes.js";
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
