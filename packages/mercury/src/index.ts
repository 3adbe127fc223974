export { createMercuryClient } from "./client.js";
export type { BotUserQuery, ListBotUsersOptions, MercuryClient, MercuryClientOptions } from "./client.js";
export { checkFilters, checkStageIds, serializeFilters, serializeSortBy } from "./query.js";
export type { Filter, SortKey } from "./query.js";
export { parseLastInteractionTime } from "./time.js";
export { verifyWebhookSignature } from "./webhook.js";
export type { VerifyOptions } from "./webhook.js";
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
