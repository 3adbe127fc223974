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
  readonly method?: string;
  readonly url?: string;
  attempts?: number;

  constructor(message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.method = details.method;
    this.url = details.url;
    this.attempts = details.attempts;
  }

  /** A plain, credential-free summary, for logs. */
  toJSON(): Record<string, unknown> {
    const { stack: _stack, cause: _cause, ...own } = this as Record<string, unknown>;
    return { ...own, name: this.name, message: this.message };
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
  readonly status: number;
  readonly code?: string;
  readonly providerMessage?: string;
  readonly body?: unknown;
  readonly requestId?: string;

  constructor(message: string, details: ApiErrorDetails) {
    super(message, details);
    this.status = details.status;
    this.code = details.code;
    this.providerMessage = details.providerMessage;
    this.body = details.body;
    this.requestId = details.requestId;
  }
}

/** A 429 (or a server-directed wait longer than allowed). `retryAt` says when to try again. */
export class RateLimitError extends ApiError {
  override name = "RateLimitError";
  readonly retryAfterMs?: number;
  readonly retryAt?: Date;

  constructor(message: string, details: ApiErrorDetails & { retryAfterMs?: number }) {
    super(message, details);
    this.retryAfterMs = details.retryAfterMs;
    if (details.retryAfterMs !== undefined) this.retryAt = new Date(Date.now() + details.retryAfterMs);
  }
}

/** An attempt took longer than `timeoutMs`, or the whole call longer than `deadlineMs`. */
export class TimeoutError extends ClienteleError {
  override name = "TimeoutError";
  constructor(
    message: string,
    readonly timeout: "attempt" | "deadline",
    details: ErrorDetails = {},
  ) {
    super(message, details);
  }
}

/** The request never produced a response: connection refused or reset, DNS, CORS. */
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
    details: ErrorDetails = {},
  ) {
    super(message, details);
  }
}

/** Input that breaks a documented rule; thrown before anything is sent. */
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

/** A paginated walk that cannot go on safely (a repeated cursor, a missing item array). */
export class PaginationError extends ClienteleError {
  override name = "PaginationError";
}

const guard =
  <T extends ClienteleError>(cls: abstract new (...args: never[]) => T) =>
  (error: unknown): error is T =>
    error instanceof cls;

export const isClienteleError = guard(ClienteleError);
export const isApiError = guard(ApiError);
export const isRateLimitError = guard(RateLimitError);
export const isTimeoutError = guard(TimeoutError);
export const isNetworkError = guard(NetworkError);
export const isMalformedResponseError = guard(MalformedResponseError);
export const isValidationError = guard(ValidationError);
export const isPaginationError = guard(PaginationError);
