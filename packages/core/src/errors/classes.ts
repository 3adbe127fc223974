/** Details every Clientele error may carry. None of them ever holds a credential. */
export interface ErrorDetails {
  cause?: unknown;
  method?: string;
  url?: string;
  operation?: string;
  attempts?: number;
}

/** The `name` of every error class, each a literal: checking `name` narrows an `AnyClienteleError`. */
export type ClienteleErrorName =
  | "ClienteleError"
  | "ApiError"
  | "RateLimitError"
  | "TimeoutError"
  | "NetworkError"
  | "MalformedResponseError"
  | "ValidationError"
  | "PaginationError"
  | "SpecDriftError";

/**
 * The base class of every error Clientele throws. Its `name` is the name of the class it was made
 * by, so as a type it is any of them (`ClienteleErrorName`); each subclass narrows it to its own.
 */
export class ClienteleError extends Error {
  override readonly name: ClienteleErrorName = "ClienteleError";
  declare readonly method?: string;
  /** The operation's URL template (never a filled-in path, query or credential). */
  declare readonly url?: string;
  /** The operation's key: its method and path template, `"GET /v1/users/{userId}"`. */
  declare readonly operation?: string;
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

/**
 * One error response an operation documents, as the type parameter of `ApiError`: the operation's
 * key, the status (or statuses), the body the spec gives them, and the codes that body can hold.
 * `ApiErrorOf` derives them from a provider's `paths`; the default is what any error may carry.
 */
export interface ErrorCase {
  readonly operation?: string;
  readonly status: number;
  readonly body: unknown;
  readonly code?: string;
}

/**
 * The provider answered with an error status, or with a 2xx whose envelope reports failure.
 * `ApiError<C>` is the error of one documented response; a provider's `isApiError(e, "GET /v1/users")`
 * narrows to the union of that operation's, discriminated by `status`.
 */
export class ApiError<C extends ErrorCase = ErrorCase> extends ClienteleError {
  override readonly name: "ApiError" | "RateLimitError" = "ApiError";
  declare readonly operation: C["operation"];
  declare readonly status: C["status"];
  /** The provider's error code, read from its envelope (`x-errors.code`). */
  declare readonly code?: C["code"];
  /** The provider's human message (`x-errors.message`). */
  declare readonly providerMessage?: string;
  /** The parsed error body, redacted. */
  declare readonly body: C["body"];
  /** The request id the provider sent back (`x-errors.requestIdHeaders`). */
  declare readonly requestId?: string;

  constructor(message: string, details: ApiErrorDetails) {
    super(message, details);
  }
}

/** A 429, or a server-directed wait longer than `maxRetryAfterMs`. `retryAt` says when to try again. */
export class RateLimitError<C extends ErrorCase = ErrorCase> extends ApiError<C> {
  override readonly name = "RateLimitError";
  declare readonly retryAfterMs?: number;
  declare readonly retryAt?: Date;

  constructor(message: string, details: ApiErrorDetails & { retryAfterMs?: number; retryAt?: Date }) {
    super(message, details);
  }
}

/** An attempt took longer than `timeoutMs` (`timeout: "attempt"`), or the call longer than `deadlineMs`. */
export class TimeoutError extends ClienteleError {
  override readonly name = "TimeoutError";
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
  override readonly name = "NetworkError";
}

/** A 2xx response whose body is not what the spec promises (HTML, truncated or empty JSON). */
export class MalformedResponseError extends ClienteleError {
  override readonly name = "MalformedResponseError";
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
  override readonly name = "ValidationError";
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
  override readonly name = "PaginationError";
}

/** One place where a response differs from the spec. Values are never quoted: only their type and length. */
export interface DriftFinding {
  /** The JSON pointer in the response body (`""`: the whole body, or the status). */
  readonly pointer: string;
  /** The schema that says otherwise: the spec file and the JSON pointer in it. */
  readonly specLocation: { readonly file: string; readonly pointer: string };
  /** What the spec says: `type string`, `property "email"`, `one of "a", "b"`, `a documented status (200, 401)`. */
  readonly expected: string;
  /** What the response holds, as type and length: `string(12)`, `number`, `null`, `object{3 keys}`, `absent`. */
  readonly found: string;
  /**
   * The rule broken: a JSON Schema keyword (`type`, `required`, `enum`…), `undocumented-property` (a
   * property the schema does not list, where it does not say `additionalProperties: true`),
   * `status` (a status the operation does not document) or `body` (a body where none is documented).
   */
  readonly rule: string;
}

export interface SpecDriftDetails extends ErrorDetails {
  operation: string;
  status: number;
  findings: readonly DriftFinding[];
}

/**
 * A response that is not what the spec documents, with `validateResponses: "throw"`: each finding
 * names the place in the body, the schema in the spec that says otherwise, what it expected and
 * what was found (a type and a length, never the value).
 */
export class SpecDriftError extends ClienteleError {
  override readonly name = "SpecDriftError";
  /** The operation, `"GET /v1/users"` (its path template). */
  declare readonly operation: string;
  declare readonly status: number;
  declare readonly findings: readonly DriftFinding[];

  constructor(message: string, details: SpecDriftDetails) {
    super(message, details);
  }
}

/**
 * Any error Clientele throws, discriminated by `name`: after `isClienteleError(e)`,
 * `if (e.name === "ApiError") e.status` compiles, and a `switch (e.name)` narrows each case.
 */
export type AnyClienteleError =
  | (ClienteleError & { readonly name: "ClienteleError" })
  | (ApiError & { readonly name: "ApiError" })
  | RateLimitError
  | TimeoutError
  | NetworkError
  | MalformedResponseError
  | ValidationError
  | PaginationError
  | SpecDriftError;

const guard =
  <T extends ClienteleError>(cls: abstract new (...args: never[]) => T) =>
  (error: unknown): error is T =>
    error instanceof cls;

export const isClienteleError = /* @__PURE__ */ guard(ClienteleError) as (
  error: unknown,
) => error is AnyClienteleError;

/**
 * Whether `error` is an `ApiError`; with an operation key, one that operation raised. A provider
 * package exports it typed for its own operations (`ApiErrorGuard`), so that
 * `isApiError(e, "GET /v1/users") && e.status === 404` types `e.body` as the spec's 404 body.
 */
export function isApiError(error: unknown): error is ApiError;
export function isApiError<K extends string>(
  error: unknown,
  operation: K,
): error is ApiError<ErrorCase & { readonly operation: K }>;
export function isApiError(error: unknown, operation?: string): boolean {
  return error instanceof ApiError && (operation === undefined || error.operation === operation);
}
export const isRateLimitError = /* @__PURE__ */ guard(RateLimitError);
export const isTimeoutError = /* @__PURE__ */ guard(TimeoutError);
export const isNetworkError = /* @__PURE__ */ guard(NetworkError);
export const isMalformedResponseError = /* @__PURE__ */ guard(MalformedResponseError);
export const isValidationError = /* @__PURE__ */ guard(ValidationError);
export const isPaginationError = /* @__PURE__ */ guard(PaginationError);
export const isSpecDriftError = /* @__PURE__ */ guard(SpecDriftError);
