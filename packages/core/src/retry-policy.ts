/** How failed attempts are retried. Every field is optional; see `DEFAULT_RETRY`. */
export interface RetryOptions {
  /** Retries after the first attempt. @default 2 */
  retries?: number;
  /** The first backoff ceiling; it doubles every retry. @default 500 */
  baseDelayMs?: number;
  /** The most a computed backoff waits. @default 8000 */
  maxDelayMs?: number;
  /** Statuses that are retried. @default [408, 429, 500, 502, 503, 504] */
  statuses?: readonly number[];
  /** The longest server-directed wait honoured; a longer one fails fast with a RateLimitError. @default 60000 */
  maxRetryAfterMs?: number;
}

export type RetryPolicy = Required<RetryOptions>;

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 2,
  baseDelayMs: 500,
  maxDelayMs: 8000,
  statuses: [408, 429, 500, 502, 503, 504],
  maxRetryAfterMs: 60_000,
};

/** Normalises the `retry` option: `false` turns retries off, a number sets `retries`. */
export function normalizeRetry(input: RetryOptions | number | false | undefined): RetryPolicy {
  if (input === false) return { ...DEFAULT_RETRY, retries: 0 };
  if (typeof input === "number") return { ...DEFAULT_RETRY, retries: input };
  return { ...DEFAULT_RETRY, ...input };
}

/** Exponential backoff with full jitter: a random wait up to `base · 2^(retry-1)`, capped. */
export function backoffDelay(retry: number, policy: RetryPolicy, random = Math.random): number {
  return Math.round(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1)));
}

/**
 * The wait a response asks for, in ms: `retry-after-ms`, then `Retry-After` (seconds or an HTTP
 * date), then `X-RateLimit-Reset` (epoch seconds; small values are read as seconds from now).
 */
export function retryHint(headers: Headers, now = Date.now()): number | undefined {
  const ms = Number(headers.get("retry-after-ms") ?? NaN);
  if (ms >= 0) return ms;
  const after = headers.get("retry-after");
  if (after !== null) {
    const seconds = Number(after);
    if (after.trim() !== "" && seconds >= 0) return seconds * 1000;
    const date = Date.parse(after);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = Number(headers.get("x-ratelimit-reset") ?? NaN);
  if (reset >= 0) return Math.max(0, reset > 1e9 ? reset * 1000 - now : reset * 1000);
  return undefined;
}
