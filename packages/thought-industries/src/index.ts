export { createThoughtIndustriesClient } from "./client.js";
export type { ThoughtIndustriesClient, ThoughtIndustriesClientOptions } from "./client.js";
export type { EventFeedPath, EventFeedQuery } from "./event-feed.js";
export { normalizeEventList, normalizeUser, normalizeUserList } from "./shapes.js";
export type * from "./generated/openapi.js";
export type { ClientAccount, Client, RateLimitErrorBody } from "./schemas.js";
export { isApiError } from "./errors.js";
export type { Operation, OperationError } from "./errors.js";
export {
  ApiError,
  ClienteleError,
  MalformedResponseError,
  NetworkError,
  PaginationError,
  RateLimitError,
  SpecDriftError,
  TimeoutError,
  ValidationError,
  isClienteleError,
  isMalformedResponseError,
  isNetworkError,
  isPaginationError,
  isRateLimitError,
  isSpecDriftError,
  isTimeoutError,
  isValidationError,
  unwrap,
} from "@clientele/core";
export type {
  AnyClienteleError,
  CallOptions,
  ClienteleErrorName,
  ClientOptions,
  DriftFinding,
  ErrorCase,
  HookEvent,
  Hooks,
  Page,
  PagePosition,
  PaginateOptions,
  Paginator,
  RetryOptions,
} from "@clientele/core";
