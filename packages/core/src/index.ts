export { createClient } from "./client.js";
export type { Client, ClientOptions, CoreClientOptions } from "./client.js";
export { bearerAuth, combineAuth, headerAuth } from "./auth.js";
export type { Auth, TokenProvider } from "./auth.js";
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
} from "./errors.js";
export type { ApiErrorDetails, ErrorDetails } from "./errors.js";
export { unwrap } from "./response.js";
export { runBatch } from "./batch.js";
export { DEFAULT_RETRY } from "./retry-policy.js";
export type { RetryOptions } from "./retry-policy.js";
export type { CallOptions } from "./call.js";
export type { HookEvent, Hooks } from "./hooks.js";
export type { Page, PagePosition, PaginateOptions, Paginator } from "./paginate.js";
export {
  cursorPagination,
  keysetPagination,
  linkPagination,
  nextQueryPagination,
  offsetPagination,
} from "./page-step.js";
export { pagePagination } from "./page-number.js";
export { windowPagination } from "./page-window.js";
export type { PageLoad, PageRead, PageStyle, PageView } from "./page-step.js";
export type { BatchFailure, BatchOptions, BatchResult } from "./batch.js";
export type {
  BatchMeta,
  Constraint,
  ErrorsMeta,
  OperationMeta,
  PaginationMeta,
  PaginationStyle,
  ParamRule,
  Pointer,
  ProviderMetadata,
  RateLimitMeta,
  SecuritySchemeMeta,
  ServerMeta,
} from "./metadata.js";
