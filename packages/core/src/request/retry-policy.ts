/** How failed attempts are retried. Every field is optional; see `DEFAULT_RETRY`. */
export interface RetryOptions {
  /** Retries after the first attempt, at most 100. @default 2 */
  retries?: number;
  /** The first backoff ceiling; it doubles every retry. @default 500 */
  baseDelayMs?: number;
  /** The most a computed backoff waits. @default 8000 */
  maxDelayMs?: number;
  /** Statuses that are retried. @default [408, 429, 500, 502, 503, 504] */
  statuses?: readonly number[];
  /** The longest server-directed wait honoured; a longer one fails fast with a `RateLimitError`. @default 60000 */
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

/** Normalises the `retry` option: `false` turns retries off, a number sets `retries`; an undefined field keeps its default. */
export function normalizeRetry(input: RetryOptions | number | false | undefined): RetryPolicy {
  const given = input === false ? { retries: 0 } : typeof input == "number" ? { retries: input } : input;
  const policy = { ...DEFAULT_RETRY };
  // a field given as `undefined` keeps its default, as an absent one does
  for (const [name, value] of Object.entries(given ?? {}))
    if (value !== undefined) (policy as any)[name] = value;
  return policy;
}

/** Exponential backoff with full jitter: a random wait up to `base · 2^(retry-1)`, capped at `maxDelayMs`. */
export function backoffDelay(retry: number, policy: RetryPolicy, random = Math.random): number {
  return Math.round(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1)));
}

/** Plain decimal digits: no sign, exponent, hexadecimal or `Infinity` (RFC 9110 delay-seconds, with a fraction tolerated). */
const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * A header's value as a non-negative number (digits too many for a double are `Infinity`: a wait
 * longer than any other); -1 for another number-like text (`-1`, `1e3`); NaN when absent or no number.
 */
const numeric = (headers: Headers, name: string) => {
  const text = headers.get(name)?.trim();
  if (!text) return NaN;
  return DECIMAL.test(text) ? +text : /^[-+.\d]/.test(text) ? -1 : NaN;
};

/**
 * The wait a response asks for, in ms: `retry-after-ms`, then `Retry-After` (seconds or an HTTP
 * date), then `X-RateLimit-Reset` (epoch seconds; small values are read as seconds from now). The
 * reset time is a hint only on a 429 or when `X-RateLimit-Remaining` is 0: most APIs send it on
 * every response, and it says nothing about when a failing server recovers.
 */
export function retryHint(headers: Headers, status: number, now = Date.now()): number | undefined {
  const ms = numeric(headers, "retry-after-ms");
  if (ms >= 0) return ms;
  const after = headers.get("retry-after");
  const seconds = numeric(headers, "retry-after");
  if (seconds >= 0) return seconds * 1000;
  const date = seconds === seconds ? NaN : Date.parse(after!); // a negative number is no date
  if (date === date) return Math.max(0, date - now);
  const reset = numeric(headers, "x-ratelimit-reset");
  if (reset >= 0 && (status == 429 || headers.get("x-ratelimit-remaining") == "0"))
    return Math.max(0, reset > 1e9 ? reset * 1000 - now : reset * 1000);
  return undefined;
}
