import { ApiError, type ErrorDetails, MalformedResponseError, RateLimitError } from "../errors/classes.js";
import type { ErrorsMeta } from "../spec/metadata.js";
import { pick } from "../spec/pointer.js";
import { type Redact, redactValue } from "../security/redact.js";
import { retryHint } from "./retry-policy.js";

/** What core knows about the call behind a result, for `unwrap` and for errors. */
export class CallInfo {
  declare readonly errors: ErrorsMeta;
  declare readonly method: string;
  /** The base URL and the operation's path template, unredacted. */
  declare private readonly base: string;
  declare private readonly path: string;
  declare readonly redact: Redact;
  attempts = 0;

  constructor(errors: ErrorsMeta, method: string, base: string, path: string, redact: Redact) {
    this.errors = errors;
    this.method = method;
    this.base = base;
    this.path = path;
    this.redact = redact;
  }

  /** The redacted URL template; redacted when read (an error or a hook needs it), with the secrets known then. */
  get url(): string {
    return this.redact(this.base + this.path);
  }

  /** What every error of the call carries: the method, the URL template, the operation's key (redacted as `url` is) and the attempts. */
  details(): ErrorDetails {
    const { method, url, attempts } = this;
    return { method, url, operation: this.redact(`${method} ${this.path}`), attempts };
  }
}

/** openapi-fetch's result shape. */
export interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** A class whose constructor returns the object it is given: a subclass's private fields land on that object. */
class Carrier {
  constructor(target: object) {
    return target;
  }
}

/**
 * The info of a call's final result, in a private field stamped on the result itself: no copy,
 * comparison, serialisation or reflection sees it, the result stays a plain object, and stamping
 * it costs an ordinary property write (`Object.defineProperty`, which hides a property too, is a
 * runtime call of about 0.5 µs; a `WeakMap` entry has to be traced apart by the garbage collector).
 */
class Remembered extends Carrier {
  readonly #info: CallInfo;

  private constructor(result: FetchResult, info: CallInfo) {
    super(result);
    this.#info = info;
  }

  /** Ties a final result (stamped once: a call's result is a new object) to its call's info. */
  static stamp<T extends FetchResult>(result: T, info: CallInfo): T {
    return new Remembered(result, info) as unknown as T;
  }

  static infoOf(result: unknown): CallInfo | undefined {
    return typeof result == "object" && result !== null && #info in result
      ? (result as Remembered).#info
      : undefined;
  }
}

/** Ties a call's final result to its info (no longer changed once the call returns), for `unwrap`. */
export function remember<T extends FetchResult>(result: T, info: CallInfo): T {
  return Remembered.stamp(result, info);
}

/** The provider's request id, from the first response header the spec names that is set, redacted. */
export function requestIdOf({ errors, redact }: CallInfo, headers: Headers): string | undefined {
  const names = errors.requestIdHeaders;
  if (!names) return undefined;
  for (const name of names) {
    const id = headers.get(name);
    if (id) return redact(id);
  }
  return undefined;
}

/** A string or number at the first pointer that resolves, as text. */
const text = (body: unknown, pointer: ErrorsMeta["code"]) => {
  const v = pick(body, pointer);
  return typeof v == "string" || typeof v == "number" ? String(v) : undefined;
};

/**
 * A typed error for an error status, or for a 2xx whose envelope reports failure: the provider's
 * code, message and request id read as `x-errors` describes them, the body redacted. A 429, or a
 * server-directed wait longer than the client accepts (`tooLongMs`), gives a `RateLimitError`.
 */
export function apiError(info: CallInfo, response: Response, rawBody: unknown, tooLongMs?: number): ApiError {
  const { status, headers } = response;
  const { errors, redact } = info;
  const call = info.details();
  const body = redactValue(rawBody, redact);
  const code = text(body, errors.code);
  const providerMessage = text(body, errors.message) ?? (typeof body == "string" ? excerpt(body) : undefined);
  const requestId = requestIdOf(info, headers);
  const retryAfterMs = tooLongMs ?? retryHint(headers, status);
  const retryAt = dateIn(retryAfterMs);
  const details = {
    status,
    code,
    providerMessage,
    body,
    requestId,
    ...call,
    retryAfterMs,
    retryAt,
  };
  // the message stays one short line, whatever the body held; the whole (redacted) body is in `body`
  let message = `${call.method} ${call.url} failed with ${status}${code ? ` ${code}` : ""}${providerMessage ? `: ${excerpt(providerMessage)}` : ""}`;
  if (retryAfterMs !== undefined)
    message += `; retry after ${retryAt?.toISOString() ?? "a wait past any date"}${tooLongMs === undefined ? "" : ", later than maxRetryAfterMs allows"}`;
  return status == 429 || tooLongMs !== undefined
    ? new RateLimitError(message, details)
    : new ApiError(message, details);
}

/**
 * The data of a result, or a thrown error: `ApiError` (or `RateLimitError`) for an error status or a
 * failure envelope, `MalformedResponseError` for a 2xx without the body it promises.
 * @example const { data } = await unwrap(client.GET("/v1/users"));
 */
export async function unwrap<R extends FetchResult>(result: R | Promise<R>): Promise<NonNullable<R["data"]>> {
  const settled = await result;
  const { data, error, response } = settled;
  const info = Remembered.infoOf(settled);
  if (!info) throw new TypeError("unwrap() takes the result of a Clientele client call");
  const { errors, method } = info;
  const { failure } = errors;
  if (!response.ok || error !== undefined) throw apiError(info, response, error);
  if (failure && data && pick(data, failure.pointer) === failure.equals) throw apiError(info, response, data);
  if (data == null && response.status != 204 && method != "HEAD") {
    throw new MalformedResponseError(
      `${method} ${info.url} returned ${response.status} with an empty body`,
      response.status,
      "",
      info.details(),
    );
  }
  return data as NonNullable<R["data"]>;
}

/** The date `ms` from now; undefined when there is none, or it lies past the last date a `Date` holds. */
function dateIn(ms: number | undefined): Date | undefined {
  const at = ms === undefined ? NaN : Date.now() + ms;
  return Math.abs(at) <= 8.64e15 ? new Date(at) : undefined;
}

/** A short, single-line excerpt of a body, for error messages. */
export function excerpt(body: string, max = 200): string {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
