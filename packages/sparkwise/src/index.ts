export { createSparkwiseClient } from "./client.js";
export type {
  BatchOutcome,
  DeactivateRef,
  SparkwiseBatchOptions,
  SparkwiseClient,
  SparkwiseClientOptions,
} from "./client.js";
export type { DeactivateBody } from "./deactivate-body.js";
export type { TimeWindow } from "./window.js";
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
