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
