import { ApiError, MalformedResponseError, RateLimitError } from "./errors.js";
import type { ErrorsMeta, Pointer } from "./metadata.js";
import { pick } from "./pointer.js";
import { type Redact, redactValue } from "./redact.js";
import { retryHint } from "./retry-policy.js";

/** What core knows about the call behind a result, for `unwrap`. */
export interface CallInfo {
  readonly errors: ErrorsMeta;
  readonly method: string;
  readonly url: string;
  readonly attempts: number;
  readonly redact: Redact;
}

/** openapi-fetch's result shape. */
export interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

const calls = new WeakMap<object, CallInfo>();

export function remember<T extends FetchResult>(result: T, info: CallInfo): T {
  calls.set(result, info);
  return result;
}

/** The first pointer that resolves to a string, or a number turned into one. */
function pickText(body: unknown, pointer: Pointer | undefined): string | undefined {
  for (const p of typeof pointer === "string" ? [pointer] : (pointer ?? [])) {
    const v = pick(body, p);
    if (typeof v === "string" || typeof v === "number") return String(v);
  }
  return undefined;
}

/**
 * A typed error for an error status, or for a 2xx whose envelope reports failure. With
 * `retryAfterMs`, a `RateLimitError` for a server-directed wait longer than the client accepts.
 */
export function apiError(
  info: CallInfo,
  response: Response,
  rawBody: unknown,
  retryAfterMs?: number,
): ApiError {
  const body = redactValue(rawBody, info.redact);
  const code = pickText(body, info.errors.code);
  const providerMessage =
    pickText(body, info.errors.message) ?? (typeof body === "string" ? excerpt(body) : undefined);
  const requestId =
    (info.errors.requestIdHeaders ?? []).map((h) => response.headers.get(h)).find((v) => v) ?? undefined;
  const { method, url, attempts } = info;
  const wait = retryAfterMs ?? retryHint(response.headers);
  const details = {
    status: response.status,
    code,
    providerMessage,
    body,
    requestId,
    method,
    url,
    attempts,
    retryAfterMs: wait,
  };
  let message = `${method} ${url} failed with ${response.status}${code ? ` ${code}` : ""}${providerMessage ? `: ${providerMessage}` : ""}`;
  if (retryAfterMs !== undefined)
    message += ` (the server asks to wait ${Math.ceil(retryAfterMs / 1000)} s, longer than maxRetryAfterMs)`;
  return response.status === 429 || retryAfterMs !== undefined
    ? new RateLimitError(message, details)
    : new ApiError(message, details);
}

/** Does a 2xx body say it failed (`x-errors.failure`)? */
export function reportsFailure(errors: ErrorsMeta, data: unknown): boolean {
  return (
    !!errors.failure &&
    data !== null &&
    typeof data === "object" &&
    pick(data, errors.failure.pointer) === errors.failure.equals
  );
}

/**
 * The data of a result, or a thrown error: `ApiError` for an error status or a failure envelope,
 * `MalformedResponseError` for a missing body.
 * @example const users = await unwrap(client.GET("/v1/users"));
 */
export async function unwrap<R extends FetchResult>(result: R | Promise<R>): Promise<NonNullable<R["data"]>> {
  const r = await result;
  const info = calls.get(r);
  if (!info) throw new TypeError("unwrap() takes the result of a Clientele client call");
  if (r.error !== undefined || !r.response.ok) throw apiError(info, r.response, r.error);
  if (reportsFailure(info.errors, r.data)) throw apiError(info, r.response, r.data);
  if (r.data === undefined || r.data === null) {
    if (r.response.status === 204) return undefined as unknown as NonNullable<R["data"]>;
    throw new MalformedResponseError(
      `${info.method} ${info.url} returned ${r.response.status} with an empty body`,
      r.response.status,
      "",
      info,
    );
  }
  return r.data as NonNullable<R["data"]>;
}

/** A short, single-line excerpt of a body, for error messages. */
export function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
