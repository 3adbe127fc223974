// generated — do not edit. Source: specs/mercury/openapi.yaml; run `pnpm generate`.
export type * from "./openapi.js";
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
  Logger,
  LogLevel,
  Page,
  PagePosition,
  PaginateOptions,
  Paginator,
  RetryOptions,
} from "@clientele/core";
