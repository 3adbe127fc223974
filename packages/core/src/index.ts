export { createClient, extendClient } from "./client/client.js";
export { createProviderClient } from "./client/provider-client.js";
export { chooseOptions } from "./client/choices.js";
export { callOperation } from "./client/operation-call.js";
export { paginateOperation } from "./client/operation-paginate.js";
export type { Client, ClientOptions, CoreClientOptions } from "./client/client.js";
export { bearerAuth, combineAuth, headerAuth } from "./security/auth.js";
export type { Auth, TokenProvider } from "./security/auth.js";
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
  isApiError,
  isClienteleError,
  isMalformedResponseError,
  isNetworkError,
  isPaginationError,
  isRateLimitError,
  isSpecDriftError,
  isTimeoutError,
  isValidationError,
} from "./errors/classes.js";
export type {
  AnyClienteleError,
  ApiErrorDetails,
  DriftFinding,
  SpecDriftDetails,
  ClienteleErrorName,
  ErrorCase,
  ErrorDetails,
} from "./errors/classes.js";
export { apiErrorGuard } from "./errors/operation-errors.js";
export type { ApiErrorGuard, ApiErrorOf, OperationKey } from "./errors/operation-errors.js";
export { responseValidators, shapeOf } from "./spec/validate-response.js";
export type {
  DriftInspector,
  DriftMode,
  ResponseTable,
  ResponseValidators,
  SchemaCheck,
} from "./spec/validate-response.js";
export { schemaFormats } from "./spec/schema-formats.js";
export { unwrap } from "./request/response.js";
export { runBatch } from "./client/batch.js";
export { DEFAULT_RETRY } from "./request/retry-policy.js";
export type { RetryOptions } from "./request/retry-policy.js";
export type { CallOptions } from "./request/context.js";
export type { HookEvent, Hooks, ResponseEvent } from "./request/hooks.js";
export type { LogFields, LogLevel, Logger } from "./observe/log.js";
export { cursorPagination } from "./pagination/styles/cursor.js";
export { keysetPagination } from "./pagination/styles/keyset.js";
export { linkPagination } from "./pagination/styles/link.js";
export { nextQueryPagination } from "./pagination/styles/next-query.js";
export { offsetPagination } from "./pagination/styles/offset.js";
export { pagePagination } from "./pagination/styles/page.js";
export { windowPagination } from "./pagination/styles/window.js";
export type {
  Page,
  PageLoad,
  PagePosition,
  PageRead,
  PageStyle,
  PageView,
  PaginateOptions,
  PaginationMeta,
  PaginationStyle,
  Paginator,
} from "./pagination/types.js";
export type { Pointer, ValueAt } from "./spec/pointer.js";
export type { BatchFailure, BatchOptions, BatchResult } from "./client/batch.js";
export type {
  BatchMeta,
  ChoiceMeta,
  ClientOptionMeta,
  Constraint,
  CredentialMeta,
  ErrorsMeta,
  MemberRule,
  OperationMeta,
  ParamRule,
  ProviderMetadata,
  RateLimitMeta,
  SecuritySchemeMeta,
  ServerMeta,
  ServerVariableMeta,
} from "./spec/metadata.js";
