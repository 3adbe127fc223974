import { type Attempt, type CallState, attempt, beforeSending, deadlineError } from "./attempt.js";
import type { Auth } from "../security/auth.js";
import { scrub } from "../security/redact.js";
import { CallInfo, type FetchResult, apiError, remember, requestIdOf } from "./response.js";
import { backoffDelay, normalizeRetry, retryHint } from "./retry-policy.js";
import { type Scope, abortable, scopeOf, sleep } from "./signal.js";
import { checkCallOptions } from "../client/options.js";
import type { CallContext, CallInit } from "./context.js";
import { prepareParams } from "./validate.js";

const IDEMPOTENT = /^(GET|HEAD|OPTIONS|PUT|DELETE)$/;

/** Numbers the calls, so that hooks can tell the events of concurrent calls apart. */
let lastCallId = 0;

/**
 * One logical call: check the parameters, then attempt, retrying what is safe to retry (idempotent
 * methods and `x-idempotent` operations, or a request that provably never left) within the
 * deadline. A 401 with a refreshable token refreshes it once and replays once, retries apart.
 * An `onError` hook sees the error the call ends with.
 */
export function call(
  ctx: CallContext,
  method: string,
  path: string,
  init: CallInit = {},
): Promise<FetchResult> {
  const info = new CallInfo(ctx.meta.errors, method, ctx.baseUrl, path, ctx.redact);
  const callId = ++lastCallId;
  const pending = attempts(ctx, method, path, init, info, callId);
  const { onError } = ctx.hooks;
  if (!onError) return pending;
  return pending.catch((error: unknown) => {
    const requestId = (error as { requestId?: string } | undefined)?.requestId;
    onError({ method, url: info.url, path, attempt: info.attempts, callId, error, requestId });
    throw error;
  });
}

async function attempts(
  ctx: CallContext,
  method: string,
  path: string,
  init: CallInit,
  info: CallInfo,
  callId: number,
): Promise<FetchResult> {
  const { redact, hooks } = ctx;
  const op = ctx.operation(method, path);
  const { retry, timeoutMs = ctx.timeoutMs, deadlineMs = ctx.deadlineMs, signal } = init;
  let params: unknown;
  try {
    checkCallOptions(init);
    params = prepareParams(op, path, init.params, init.body, ctx.pathDefaults);
  } catch (error) {
    throw scrub(error, redact);
  }
  const policy = retry === undefined ? ctx.retry : normalizeRetry(retry);
  const repeatable = IDEMPOTENT.test(method) || !!op?.idempotent;
  const pacer = ctx.pacer?.(op);
  const scope = scopeOf(signal, deadlineMs);
  const started = deadlineMs ? Date.now() : 0;
  const state: CallState = { trace: { hops: 0, credentialed: true } };
  const deadlineAt = deadlineMs ? started + deadlineMs : undefined;
  const each: Attempt = {
    op,
    path,
    init: forFetch(init),
    params,
    state,
    info,
    scope,
    timeoutMs,
    deadlineAt,
    signal,
    repeatable,
  };
  let retries = 0;
  let refreshed = false;
  try {
    for (;;) {
      let waitedMs: number | undefined;
      if (pacer) {
        const before = Date.now();
        await within(scope, info, pacer.take(scope.signal));
        waitedMs = Date.now() - before || undefined;
      }
      const n = ++info.attempts;
      hooks.onRequest?.({ method, url: info.url, path, attempt: n, callId, waitedMs });
      const t0 = hooks.onResponse ? Date.now() : 0;
      const outcome = await attempt(ctx, each);
      let delayMs: number;
      if ("failure" in outcome) {
        delayMs = backoffDelay(retries + 1, policy);
        if (!outcome.retryable || retries >= policy.retries || !fits(started, deadlineMs, delayMs))
          throw outcome.failure;
        const { reason, failure } = outcome;
        hooks.onRetry?.({ method, url: info.url, path, attempt: n, callId, delayMs, reason, error: failure });
      } else {
        const { status, headers } = outcome.response;
        const { respond, retrying } =
          hooks.onResponse || hooks.onRetry
            ? reporters(ctx, info, path, n, callId, t0, status, headers)
            : QUIET;
        if (status == 401 && !refreshed && ctx.auth?.refresh && refusedCredential(state, repeatable)) {
          respond(false);
          refreshed = true;
          await within(scope, info, refresh(ctx.auth, state.sent!, scope.signal, info));
          retrying(0, "401");
          continue;
        }
        if (!repeatable || retries >= policy.retries || !policy.statuses.includes(status)) {
          respond(true);
          return settle(ctx, info, path, n, callId, outcome);
        }
        const hint = retryHint(headers, status);
        if (hint! > policy.maxRetryAfterMs) {
          respond(false);
          throw apiError(info, outcome.response, outcome.error, hint);
        }
        delayMs = hint ?? backoffDelay(retries + 1, policy);
        const final = !fits(started, deadlineMs, delayMs);
        respond(final);
        if (final) return settle(ctx, info, path, n, callId, outcome);
        retrying(delayMs, String(status));
      }
      retries++;
      await within(scope, info, sleep(delayMs, scope.signal));
    }
  } finally {
    scope.clear();
  }
}

/** Whether a wait of `ms` still ends within the deadline of a call started at `started` (always, without one). */
function fits(started: number, deadlineMs: number | undefined, ms: number): boolean {
  return !deadlineMs || Date.now() - started + ms < deadlineMs;
}

/**
 * The caller's init without core's own options, which openapi-fetch must not see (it would give
 * `signal` to the `Request`): copied only when it holds one of them, as most calls hold none.
 */
function forFetch(init: CallInit): Record<string, unknown> {
  if (!("retry" in init || "timeoutMs" in init || "deadlineMs" in init || "signal" in init)) return init;
  const { retry, timeoutMs, deadlineMs, signal, ...rest } = init;
  return rest;
}

/** What a response is reported with: `respond(final)` to `onResponse`, `retrying(delayMs, reason)` to `onRetry`. */
interface Reporters {
  respond(final: boolean): void;
  retrying(delayMs: number, reason: string): void;
}

/** The reporters of a client without `onResponse` or `onRetry`: no closure is made for each attempt. */
const QUIET: Reporters = { respond() {}, retrying() {} };

/** The reporters of one attempt's response, made only when a hook listens. */
function reporters(
  { hooks }: CallContext,
  info: CallInfo,
  path: string,
  attempt: number,
  callId: number,
  t0: number,
  status: number,
  headers: Headers,
): Reporters {
  const { method } = info;
  return {
    respond: (final) =>
      hooks.onResponse?.({
        method,
        url: info.url,
        path,
        attempt,
        callId,
        status,
        durationMs: Date.now() - t0,
        requestId: requestIdOf(info, headers),
        final,
      }),
    retrying: (delayMs, reason) =>
      hooks.onRetry?.({
        method,
        url: info.url,
        path,
        attempt,
        callId,
        delayMs,
        reason,
        requestId: requestIdOf(info, headers),
      }),
  };
}

/**
 * The call's result, once checked against the spec when the client asked for it. The check's event
 * is built only then: its URL is redacted when read, which costs about 1 µs.
 */
function settle(
  ctx: CallContext,
  info: CallInfo,
  path: string,
  attempt: number,
  callId: number,
  result: FetchResult,
): FetchResult {
  if (ctx.inspect) ctx.inspect({ method: info.method, url: info.url, path, attempt, callId }, result);
  return remember(result, info);
}

/**
 * Whether a 401 refused the credential this call sent, so that a fresh one may be worth a replay:
 * it came from a request that carried the credential (not from a redirect target it was stripped
 * for), and, for a call that must not be sent twice, from the first hop (a redirect means the
 * origin acted on the request before another host refused it).
 */
function refusedCredential(state: CallState, repeatable: boolean): boolean {
  return !!state.sent && state.trace.credentialed && (repeatable || !state.trace.hops);
}

/** The token refresh after a 401, bounded by the call's signal and deadline; its failure a typed, redacted error. */
function refresh(auth: Auth, sent: Headers, signal: AbortSignal | undefined, info: CallInfo): Promise<void> {
  return abortable(auth.refresh!(sent), signal).catch((error) => {
    if (signal?.aborted && error === signal.reason) throw error;
    throw beforeSending(error, info, "refreshing the token failed");
  });
}

/** Waits for a pacing or backoff wait; one the deadline cut short is a deadline `TimeoutError`. */
async function within(scope: Scope, info: CallInfo, wait: Promise<void>): Promise<void> {
  try {
    await wait;
  } catch (reason) {
    throw scope.timedOut() ? deadlineError(info) : reason;
  }
}
