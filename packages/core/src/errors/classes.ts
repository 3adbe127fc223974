/** Details every Clientele error may carry. None of them ever holds a credential. */
export interface ErrorDetails {
  cause?: unknown;
  method?: string;
  url?: string;
  attempts?: number;
}

/** The base class of every error Clientele throws. */
export class ClienteleError extends Error {
  override name = "ClienteleError";
  declare readonly method?: string;
  /** The operation's URL template (never a filled-in path, query or credential). */
  declare readonly url?: string;
  /** Attempts made before giving up. */
  declare readonly attempts?: number;

  constructor(message: string, details: ErrorDetails = {}) {
    super(message, details);
    Object.assign(this, details);
  }

  /** A plain, credential-free summary, for logs. */
  toJSON(): Record<string, unknown> {
    const { stack: _stack, cause: _cause, ...own } = this as Record<string, unknown>;
    return { ...own, message: this.message };
  }
}

export interface ApiErrorDetails extends ErrorDetails {
  status: number;
  code?: string;
  providerMessage?: string;
  body?: unknown;
  requestId?: string;
}

/** The provider answered with an error status, or with a 2xx whose envelope reports failure. */
export class ApiError extends ClienteleError {
  override name = "ApiError";
  declare readonly status: number;
  /** The provider's error code, read from its envelope (`x-errors.code`). */
  declare readonly code?: string;
  /** The provider's human message (`x-errors.message`). */
  declare readonly providerMessage?: string;
  /** The parsed error body, redacted. */
  declare readonly body?: unknown;
  /** The request id the provider sent back (`x-errors.requestIdHeaders`). */
  declare readonly requestId?: string;

  constructor(message: string, details: ApiErrorDetails) {
    super(message, details);
  }
}

/** A 429, or a server-directed wait longer than `maxRetryAfterMs`. `retryAt` says when to try again. */
export class RateLimitError extends ApiError {
  override name = "RateLimitError";
  declare readonly retryAfterMs?: number;
  declare readonly retryAt?: Date;

  constructor(message: string, details: ApiErrorDetails & { retryAfterMs?: number; retryAt?: Date }) {
    super(message, details);
  }
}

/** An attempt took longer than `timeoutMs` (`timeout: "attempt"`), or the call longer than `deadlineMs`. */
export class TimeoutError extends ClienteleError {
  override name = "TimeoutError";
  constructor(
    message: string,
    readonly timeout: "attempt" | "deadline",
    details?: ErrorDetails,
  ) {
    super(message, details);
  }
}

/** The request produced no response: connection refused or reset, DNS, a redirect that cannot be followed. */
export class NetworkError extends ClienteleError {
  override name = "NetworkError";
}

/** A 2xx response whose body is not what the spec promises (HTML, truncated or empty JSON). */
export class MalformedResponseError extends ClienteleError {
  override name = "MalformedResponseError";
  constructor(
    message: string,
    readonly status: number,
    readonly excerpt: string,
    details?: ErrorDetails,
  ) {
    super(message, details);
  }
}

/** Input that breaks a documented rule, refused before anything is sent. `field` and `rule` name both. */
export class ValidationError extends ClienteleError {
  override name = "ValidationError";
  constructor(
    message: string,
    readonly field: string,
    readonly rule: string,
  ) {
    super(message);
  }
}

/** A paginated walk that cannot go on safely (a repeated next state, a missing item array). */
export class PaginationError extends ClienteleError {
  override name = "PaginationError";
}

const guard =
  <T extends ClienteleError>(cls: abstract new (...args: never[]) => T) =>
  (error: unknown): error is T =>
    error instanceof cls;

export const isClienteleError = /* @__PURE__ */ guard(ClienteleError);
export const isApiError = /* @__PURE__ */ guard(ApiError);
export const isRateLimitError = /* @__PURE__ */ guard(RateLimitError);
export const isTimeoutError = /* @__PURE__ */ guard(TimeoutError);
export const isNetworkError = /* @__PURE__ */ guard(NetworkError);
export const isMalformedResponseError = /* @__PURE__ */ guard(MalformedResponseError);
export const isValidationError = /* @__PURE__ */ guard(ValidationError);
export const isPaginationError = /* @__PURE__ */ guard(PaginationError);
