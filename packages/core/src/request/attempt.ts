import { ClienteleError, MalformedResponseError, NetworkError, TimeoutError } from "../errors/classes.js";
import type { OperationMeta } from "../spec/metadata.js";
import { scrub } from "../security/redact.js";
import { type CallInfo, type FetchResult, excerpt } from "./response.js";
import { bodyWithin } from "./body-limit.js";
import { type Trace, send } from "./send.js";
import { assertSecure } from "../client/server-url.js";
import { type Limit, type Scope, limitOf } from "./signal.js";
import type { CallContext } from "./context.js";
import type { Auth } from "../security/auth.js";

/** What one call carries from attempt to attempt. */
export interface CallState {
  /** The body's bytes and type, captured before the first send and sent again, unchanged, by every later attempt. */
  replay?: { bytes: ArrayBuffer; type: string | null };
  /** The headers of the last request sent with credentials (a 401 refreshes the token they carried). */
  sent?: Headers;
  /** Whether this attempt was handed to `fetch`: from then on it may have reached the server. */
  reached?: boolean;
  /** How the last attempt went through its redirects. */
  readonly trace: Trace;
}

/** What every attempt of one call shares. */
export interface Attempt {
  op?: OperationMeta;
  path: string;
  /** The caller's init, without core's own options; read, never changed. */
  init: Readonly<Record<string, unknown>>;
  /** The caller's parameters, checked and serialised as the spec says. */
  params: unknown;
  state: CallState;
  info: CallInfo;
  /** The whole call's limit: the caller's signal, and the deadline. */
  scope: Scope;
  timeoutMs?: number;
  /** When the call's deadline falls (ms since the epoch), if it has one. */
  deadlineAt?: number;
  /** The caller's signal. */
  signal?: AbortSignal;
  repeatable: boolean;
}

/** A failed attempt, and whether sending it again is safe. */
export type Failure = { failure: ClienteleError; retryable: boolean; reason: string };

/** Errors that prove the request never left, so it is safe to send again even when not idempotent. */
const NOT_SENT = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN/;
const NO_HEADERS: readonly string[] = [];

/**
 * One attempt through openapi-fetch (and its middleware), under its own timeout. Returns the result
 * or a classified failure; throws what must not be retried: the caller's abort, the deadline,
 * and errors raised before anything was sent (a token provider, a refused http base URL).
 *
 * The timeout is core's own: the attempt is raced against its limit, so it ends on time whatever
 * the `fetch` does with the signal it is given (`fetch(request, { signal })`, not a signal inside
 * the `Request`: a `Request` that carries a signal costs about 20 µs more to build on Node 20, and
 * the runtime's `fetch` builds its own `Request` anyway).
 */
export async function attempt(ctx: CallContext, a: Attempt): Promise<FetchResult | Failure> {
  const { state, info, scope, repeatable } = a;
  const limit = limitOf(scope.signal, a.timeoutMs);
  state.reached = false;
  try {
    // Object.assign, not a spread followed by more properties: on Node 20 that costs over 1 µs
    const init: Record<string, unknown> = Object.assign({}, a.init, {
      params: a.params,
      redirect: "manual",
      parseAs: a.init.parseAs ?? "text",
      fetch: (request: Request) => transmit(ctx, a, request, limit),
    });
    if (state.replay) init.bodySerializer = () => state.replay!.bytes;
    const pending: Promise<FetchResult> = ctx.inner.request(info.method as "get", a.path, init as never);
    const began = a.init.parseAs == "stream" ? Date.now() : 0;
    const result = await limit.race(pending);
    const { data, response } = result;
    if (began && data instanceof ReadableStream) return { data: streamed(a, data, began), response };
    if (a.init.parseAs || typeof data != "string") return result;
    try {
      return { data: data ? JSON.parse(data) : undefined, response };
    } catch {
      const body = excerpt(info.redact(data));
      const error = new MalformedResponseError(
        `${info.method} ${info.url}: the ${response.status} body is not JSON: ${body}`,
        response.status,
        body,
        info.details(),
      );
      return { failure: error, retryable: repeatable, reason: "malformed" };
    }
  } catch (error) {
    const expired = limit.timedOut();
    if (!expired && limit.aborted) throw scope.timedOut() ? deadlineError(info) : scope.reason;
    if (!expired && !state.reached) throw beforeSending(error, info, "could not be sent");
    // only a failure of the first hop can prove that nothing reached the server
    const unsent = !state.reached || (!expired && !state.trace.hops && NOT_SENT.test(codeOf(error)));
    return failed(info, error, expired ? a.timeoutMs : undefined, repeatable || unsent);
  } finally {
    limit.clear();
  }
}

/**
 * A streamed body, bounded by what its attempt had left of `timeoutMs` and of the call's deadline:
 * past it, the stream errors with the `TimeoutError` the attempt or the deadline would have given.
 */
function streamed(a: Attempt, body: ReadableStream<Uint8Array>, began: number): ReadableStream<Uint8Array> {
  const now = Date.now();
  const attemptLeft = a.timeoutMs ? Math.max(1, began + a.timeoutMs - now) : Infinity;
  const deadlineLeft = a.deadlineAt ? Math.max(1, a.deadlineAt - now) : Infinity;
  const ms = Math.min(attemptLeft, deadlineLeft);
  const expired = () =>
    deadlineLeft < attemptLeft
      ? deadlineError(a.info)
      : failed(a.info, undefined, a.timeoutMs, false).failure;
  return bodyWithin(body, ms == Infinity ? 0 : ms, a.signal, expired);
}

type RuntimeError = {
  name?: string;
  message?: string;
  code?: string;
  cause?: { message?: string; code?: string };
};

/** The text a runtime's network error gives: its messages and code. */
const codeOf = (error: unknown) => {
  const e = error as RuntimeError | undefined;
  return `${e?.message} ${e?.cause?.message} ${e?.cause?.code ?? e?.code}`;
};

/** An attempt that got no response: it ran out of time (`timeoutMs` given), or the network failed. */
function failed(info: CallInfo, error: unknown, timeoutMs: number | undefined, retryable: boolean): Failure {
  const e = error as RuntimeError | undefined;
  const { method, url, attempts } = info;
  const message = info.redact([e?.message, e?.cause?.message].filter(Boolean).join(": "));
  const code = e?.cause?.code ?? e?.code;
  const failure =
    timeoutMs !== undefined
      ? new TimeoutError(
          `${method} ${url}: attempt ${attempts} took longer than ${timeoutMs} ms`,
          "attempt",
          info.details(),
        )
      : new NetworkError(`${method} ${url}: ${message}`, {
          ...info.details(),
          cause: { name: e?.name, message, code },
        });
  return { failure, retryable, reason: timeoutMs !== undefined ? "timeout" : "network" };
}

/**
 * A failure before the request was sent (a token provider, a body that cannot be serialised), as a
 * `ClienteleError` whose message and cause are redacted; a `ClienteleError` is passed on as it is.
 */
export function beforeSending(error: unknown, info: CallInfo, what: string): ClienteleError {
  if (error instanceof ClienteleError) return scrub(error, info.redact);
  const reason = info.redact(String((error as Error | undefined)?.message ?? error));
  return new ClienteleError(`${info.method} ${info.url}: ${what}: ${reason}`, {
    ...info.details(),
    cause: scrub(error, info.redact),
  });
}

export function deadlineError(info: CallInfo): TimeoutError {
  return new TimeoutError(`${info.method} ${info.url}: ran out of its deadline`, "deadline", info.details());
}

/**
 * Captures (then replays) the body, sets the credentials where they may go, and sends. Nothing is
 * sent, and the call's state is left alone, once the attempt's limit has fired (a `fetch` that
 * ignores signals may still be running the attempt that timed out). Not an `async` function: a
 * request without a body to capture nor a token to wait for goes to `send` without a promise of its
 * own (each layer of promises costs every request its turns of the microtask queue).
 */
function transmit(ctx: CallContext, a: Attempt, request: Request, limit: Limit): Promise<Response> {
  const { state } = a;
  const { replay } = state;
  if (!replay && request.body)
    return request
      .clone()
      .arrayBuffer()
      .then((bytes) => {
        state.replay = { bytes, type: request.headers.get("content-type") };
        return credentialed(ctx, a, request, limit);
      });
  if (replay?.type) request.headers.set("content-type", replay.type);
  return credentialed(ctx, a, request, limit);
}

/** Sets the credentials (waiting for a token provider only when it is asynchronous), then sends. */
function credentialed(ctx: CallContext, a: Attempt, request: Request, limit: Limit): Promise<Response> {
  const auth = a.op?.auth === false ? undefined : ctx.auth;
  if (!auth) return dispatch(ctx, a, request, limit, auth);
  // the client's base URL was checked once; a per-call baseUrl (or anything else) is checked here
  if (!ctx.trusted || !request.url.startsWith(ctx.trusted)) assertSecure(request.url, ctx.allowInsecureHttp);
  const applying = auth.apply(request.headers);
  return applying
    ? applying.then(() => dispatch(ctx, a, request, limit, auth))
    : dispatch(ctx, a, request, limit, auth);
}

/** Sends, unless the attempt's limit fired meanwhile; from here on the request may reach the server. */
function dispatch(
  ctx: CallContext,
  a: Attempt,
  request: Request,
  limit: Limit,
  auth: Auth | undefined,
): Promise<Response> {
  const { state } = a;
  limit.check();
  if (auth) state.sent = request.headers;
  state.reached = true;
  return send(request, ctx.fetch, {
    body: state.replay?.bytes,
    privateHeaders: auth?.headerNames ?? NO_HEADERS,
    limit,
    trace: state.trace,
  });
}
