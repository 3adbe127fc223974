import type { Client as FetchClient } from "openapi-fetch";
import type { Auth } from "./auth.js";
import { ClienteleError, MalformedResponseError, NetworkError, TimeoutError } from "./errors.js";
import type { Hooks } from "./hooks.js";
import type { OperationMeta, ProviderMetadata } from "./metadata.js";
import type { Pacer } from "./pacer.js";
import type { Redact } from "./redact.js";
import { type FetchResult, apiError, excerpt, remember } from "./response.js";
import {
  type RetryOptions,
  type RetryPolicy,
  backoffDelay,
  normalizeRetry,
  retryHint,
} from "./retry-policy.js";
import { send } from "./send.js";
import { deadlineSignal, linkSignals, sleep } from "./signal.js";
import { prepareParams } from "./validate.js";

/** What every call of one client shares. */
export interface CallContext {
  readonly inner: FetchClient<any>;
  readonly meta: ProviderMetadata;
  readonly fetch: typeof fetch;
  readonly auth?: Auth;
  readonly retry: RetryPolicy;
  readonly timeoutMs?: number;
  readonly deadlineMs?: number;
  readonly hooks: Hooks;
  readonly pacer?: Pacer;
  readonly redact: Redact;
  readonly baseUrl: string;
}

/** Options any call accepts besides openapi-fetch's own. */
export interface CallOptions {
  /** Overrides the client's retry policy for this call. */
  retry?: RetryOptions | number | false;
  /** Overrides the client's per-attempt timeout for this call. */
  timeoutMs?: number;
  /** Overrides the client's whole-call deadline (retries and waits included) for this call. */
  deadlineMs?: number;
  signal?: AbortSignal;
}

export type CallInit = CallOptions & {
  params?: any;
  body?: unknown;
  parseAs?: string;
  [key: string]: unknown;
};
type Failure = { error: ClienteleError; retryable: boolean; reason: string };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);
/** Errors that prove the request never left: safe to resend even when not idempotent. */
const NOT_SENT = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN/;

/** One logical call: validate, then attempt, retrying what is safe to retry, within the deadline. */
export async function call(
  ctx: CallContext,
  method: string,
  path: string,
  init: CallInit = {},
): Promise<FetchResult> {
  const op = ctx.meta.operations[`${method} ${path}`];
  const { retry, timeoutMs = ctx.timeoutMs, deadlineMs = ctx.deadlineMs, signal, params, ...rest } = init;
  const prepared = prepareParams(op, params, rest.body);
  const policy = retry === undefined ? ctx.retry : normalizeRetry(retry);
  const repeatable = SAFE_METHODS.has(method) || op?.idempotent === true;
  const deadline = deadlineMs ? deadlineSignal(deadlineMs) : undefined;
  const url = ctx.redact(ctx.baseUrl + path);
  const started = Date.now();
  let sent: Headers | undefined;
  let refreshed = false;
  const sendAttempt = (request: Request) => {
    sent = request.headers;
    return send(request, ctx.fetch, op?.auth === false ? undefined : ctx.auth);
  };
  try {
    for (let attempt = 1; ; attempt++) {
      await ctx.pacer?.take(signal, deadline?.signal);
      ctx.hooks.onRequest?.({ method, url, attempt });
      const linked = linkSignals(signal, deadline?.signal, timeoutMs);
      const t0 = Date.now();
      let outcome: FetchResult | Failure;
      try {
        const result = (await ctx.inner.request(method as "get", path, {
          ...rest,
          params: prepared,
          signal: linked.signal,
          redirect: "manual",
          parseAs: rest.parseAs ?? "text",
          fetch: sendAttempt,
        } as never)) as FetchResult;
        outcome = rest.parseAs ? result : parseJson(result);
      } catch (error) {
        outcome = classify(error, linked.cause(), repeatable, timeoutMs, ctx.redact);
      } finally {
        linked.clear();
      }
      const info = { errors: ctx.meta.errors, method, url, attempts: attempt, redact: ctx.redact };
      if ("error" in outcome && outcome.error instanceof ClienteleError) {
        const { error, retryable, reason } = outcome as Failure;
        Object.assign(error, {
          method,
          url,
          attempts: attempt,
          message: `${method} ${url}: ${error.message}`,
        });
        if (!retryable || attempt > policy.retries) throw error;
        await wait(attempt, backoffDelay(attempt, policy), reason);
        continue;
      }
      const result = outcome as FetchResult;
      const status = result.response.status;
      ctx.hooks.onResponse?.({ method, url, attempt, status, durationMs: Date.now() - t0 });
      if (status === 401 && ctx.auth?.refresh && sent && !refreshed) {
        refreshed = true;
        await ctx.auth.refresh(sent);
        attempt--;
        continue;
      }
      if (!policy.statuses.includes(status) || !repeatable || attempt > policy.retries)
        return remember(result, info);
      const hint = retryHint(result.response.headers);
      if (hint !== undefined && hint > policy.maxRetryAfterMs)
        throw apiError(info, result.response, result.error, hint);
      const delay = hint ?? backoffDelay(attempt, policy);
      if (deadlineMs && Date.now() - started + delay >= deadlineMs) return remember(result, info);
      await wait(attempt, delay, String(status));
    }
  } finally {
    deadline?.clear();
  }

  async function wait(attempt: number, delayMs: number, reason: string) {
    const outOfTime = () =>
      new TimeoutError(`${method} ${url} ran out of its ${deadlineMs} ms deadline`, "deadline", {
        method,
        url,
        attempts: attempt,
      });
    if (deadlineMs && Date.now() - started + delayMs >= deadlineMs) throw outOfTime();
    ctx.hooks.onRetry?.({ method, url, attempt, delayMs, reason });
    try {
      await sleep(delayMs, signal, deadline?.signal);
    } catch (abortReason) {
      throw signal?.aborted ? abortReason : outOfTime();
    }
  }
}

/** Parses a 2xx text body as JSON; a body that is not JSON is a retryable failure. */
function parseJson(result: FetchResult): FetchResult | Failure {
  const { data, response } = result;
  if (!response.ok || typeof data !== "string") return result;
  if (data === "") return { data: undefined, response };
  const type = response.headers.get("content-type");
  const malformed = (why: string): Failure => ({
    error: new MalformedResponseError(
      `${why} (status ${response.status}): ${excerpt(data, 120)}`,
      response.status,
      excerpt(data),
    ),
    retryable: true,
    reason: "malformed",
  });
  if (type && !/json/i.test(type)) return malformed(`expected JSON, got ${type.split(";")[0]}`);
  try {
    return { data: JSON.parse(data), response };
  } catch {
    return malformed("the response body is not valid JSON");
  }
}

function classify(
  error: unknown,
  cause: string | undefined,
  repeatable: boolean,
  timeoutMs: number | undefined,
  redact: Redact,
): Failure {
  if (cause === "caller") throw error;
  if (cause === "deadline")
    return {
      error: new TimeoutError("the call ran out of its deadline", "deadline"),
      retryable: false,
      reason: "deadline",
    };
  if (cause === "timeout") {
    return {
      error: new TimeoutError(`an attempt took longer than ${timeoutMs} ms`, "attempt"),
      retryable: repeatable,
      reason: "timeout",
    };
  }
  if (error instanceof ClienteleError) return { error, retryable: repeatable, reason: "network" };
  const detail = summary(error, redact);
  const notSent = NOT_SENT.test(JSON.stringify(detail));
  return {
    error: new NetworkError(`the request failed: ${detail.message}`, { cause: detail }),
    retryable: repeatable || notSent,
    reason: "network",
  };
}

/** A credential-free copy of a low-level error (runtime errors can quote URLs and headers). */
function summary(error: unknown, redact: Redact): { name: string; message: string; code?: string } {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  const message = redact([e?.message, e?.cause?.message].filter(Boolean).join(": "));
  return { name: e?.name ?? "Error", message, code: e?.cause?.code };
}
