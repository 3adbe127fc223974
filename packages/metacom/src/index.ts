export { createMetacomClient, type MetacomClient } from "./client.js";
export type { MetacomClientOptions } from "./options.js";
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

import type { components } from "./generated/openapi.js";
/** A Metacom user, as `GET /users` and `GET /users/{userId}` return it. */
export type User = components["schemas"]["User"];
/** A newly minted long-lived token. */
export type LongLivedToken = components["schemas"]["LongLivedToken"];
