import type { CallContext } from "./call.js";
import { ClienteleError, MalformedResponseError, NetworkError, TimeoutError } from "./errors.js";
import type { OperationMeta } from "./metadata.js";
import { scrub } from "./redact.js";
import { type CallInfo, type FetchResult, excerpt } from "./response.js";
import { send } from "./send.js";
import { assertSecure } from "./server-url.js";
import { type Scope, scopeOf } from "./signal.js";

/** What one call carries from attempt to attempt. */
export interface CallState {
  /** The body's bytes and type, captured before the first send and sent again, unchanged, by every later attempt. */
  replay?: { bytes: ArrayBuffer; type: string | null };
  /** The headers of the last request sent with credentials (a 401 refreshes the token they carried). */
  sent?: Headers;
  /** Whether this attempt was handed to `fetch`: from then on it may have reached the server. */
  reached?: boolean;
}

export interface Attempt {
  op?: OperationMeta;
  path: string;
  init: Record<string, unknown>;
  state: CallState;
  info: CallInfo;
  /** The whole call's signal: the caller's, and the deadline. */
  scope: Scope;
  timeoutMs?: number;
  repeatable: boolean;
}

/** A failed attempt, and whether sending it again is safe. */
export type Failure = { failure: ClienteleError; retryable: boolean; reason: string };

/** Errors that prove the request never left, so it is safe to send again even when not idempotent. */
const NOT_SENT = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN/;

/**
 * One attempt through openapi-fetch (and its middleware), under its own timeout. Returns the result
 * or a classified failure; throws what must not be retried: the caller's abort, the deadline,
 * and errors raised before anything was sent (a token provider, a refused http base URL).
 */
export async function attempt(ctx: CallContext, a: Attempt): Promise<FetchResult | Failure> {
  const { state, info, scope, repeatable } = a;
  const { method, url, attempts, redact } = info;
  const details = { method, url, attempts };
  const timer = scopeOf(scope.signal, a.timeoutMs);
  state.reached = false;
  try {
    const result: FetchResult = await ctx.inner.request(method as "get", a.path, {
      ...a.init,
      signal: timer.signal,
      redirect: "manual",
      parseAs: a.init.parseAs ?? "text",
      ...(state.replay && { bodySerializer: () => state.replay!.bytes }),
      fetch: (request: Request) => transmit(ctx, a.op, state, request),
    } as never);
    const { data, response } = result;
    if (a.init.parseAs || typeof data != "string") return result;
    try {
      return { data: data ? JSON.parse(data) : undefined, response };
    } catch {
      const body = excerpt(redact(data));
      const error = new MalformedResponseError(
        `${method} ${url}: the ${response.status} body is not JSON: ${body}`,
        response.status,
        body,
        details,
      );
      return { failure: error, retryable: repeatable, reason: "malformed" };
    }
  } catch (error) {
    const expired = timer.timedOut();
    if (!expired && timer.signal?.aborted)
      throw scope.timedOut() ? deadlineError(info) : scope.signal!.reason;
    if (!expired && !state.reached) throw scrub(error, redact);
    const e = error as {
      name?: string;
      message?: string;
      code?: string;
      cause?: { message?: string; code?: string };
    };
    const message = redact([e?.message, e?.cause?.message].filter(Boolean).join(": "));
    const code = e?.cause?.code ?? e?.code;
    const failure = expired
      ? new TimeoutError(
          `${method} ${url}: attempt ${attempts} took longer than ${a.timeoutMs} ms`,
          "attempt",
          details,
        )
      : new NetworkError(`${method} ${url}: ${message}`, {
          ...details,
          cause: { name: e?.name, message, code },
        });
    const retryable = repeatable || !state.reached || NOT_SENT.test(message + code);
    return { failure, retryable, reason: expired ? "timeout" : "network" };
  } finally {
    timer.clear();
  }
}

export function deadlineError({ method, url, attempts }: CallInfo): TimeoutError {
  return new TimeoutError(`${method} ${url}: ran out of its deadline`, "deadline", { method, url, attempts });
}

/** Captures (then replays) the body, sets the credentials where they may go, and sends. */
async function transmit(ctx: CallContext, op: OperationMeta | undefined, state: CallState, request: Request) {
  const { replay } = state;
  if (!replay && request.body) {
    state.replay = { bytes: await request.clone().arrayBuffer(), type: request.headers.get("content-type") };
  } else if (replay?.type) request.headers.set("content-type", replay.type);
  const auth = op?.auth === false ? undefined : ctx.auth;
  if (auth) {
    assertSecure(request.url, ctx.allowInsecureHttp);
    await auth.apply(request.headers);
    state.sent = request.headers;
  }
  request.signal.throwIfAborted(); // a fetch that ignores signals must not send what was cancelled
  state.reached = true;
  return send(request, ctx.fetch, state.replay?.bytes, auth?.headerNames ?? []);
}
