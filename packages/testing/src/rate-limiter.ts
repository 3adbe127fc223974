/** A request budget, as declared by a spec's `x-rate-limit`. */
export interface RateLimit {
  readonly requests: number;
  readonly perSeconds: number;
  /**
   * The most requests accepted at once: a bucket of `burst` tokens, refilled at `requests` per
   * `perSeconds`, on top of the window (a burst is a share of the budget, never more than it).
   */
  readonly burst?: number;
}

/** The state of one credential's budget, handed to a provider's 429 and header builders. */
export interface RateLimitInfo {
  /** Requests allowed per window. */
  readonly limit: number;
  /** Requests left in the current window. */
  readonly remaining: number;
  /** Seconds until the oldest counted request leaves the window. */
  readonly resetSeconds: number;
  /** The `Retry-After` value the fake will send, or undefined when it sends none. */
  readonly retryAfterSeconds?: number;
}

export interface RateDecision extends RateLimitInfo {
  readonly allowed: boolean;
}

export interface RateLimiter {
  /** Counts one request for `key` (a credential) unless over budget. Rejected requests are not counted. */
  take(key: string, now?: number): RateDecision;
}

/**
 * A sliding-window log per key: at most `requests` accepted in any `perSeconds` span; with a
 * `burst`, also at most `burst` at once (a token bucket refilled at the budget's rate), so that the
 * fake refuses exactly what a client that paces by the spec never sends.
 */
export function createRateLimiter(limit: RateLimit): RateLimiter {
  const { requests, perSeconds, burst } = limit;
  if (!(requests >= 1 && perSeconds > 0 && (burst === undefined || burst >= 1))) {
    throw new RangeError(
      `rateLimit needs requests >= 1, perSeconds > 0 and burst >= 1, got ${JSON.stringify(limit)}`,
    );
  }
  const windowMs = perSeconds * 1000;
  const interval = windowMs / requests;
  const logs = new Map<string, number[]>();
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key, now = Date.now()) {
      const log = logs.get(key) ?? [];
      while (log.length > 0 && (log[0] ?? 0) <= now - windowMs) log.shift();
      const bucket = buckets.get(key) ?? { tokens: burst ?? Infinity, at: now };
      bucket.tokens = Math.min(burst ?? Infinity, bucket.tokens + (now - bucket.at) / interval);
      bucket.at = now;
      const allowed = log.length < requests && bucket.tokens >= 1;
      if (allowed) {
        log.push(now);
        bucket.tokens -= 1;
      }
      logs.set(key, log);
      buckets.set(key, bucket);
      const resetSeconds = Math.max(1, Math.ceil(((log[0] ?? now) + windowMs - now) / 1000));
      // refused for the burst alone: the next token comes before the window's reset
      const tokenSeconds = Math.max(1, Math.ceil(((1 - bucket.tokens) * interval) / 1000));
      return {
        allowed,
        limit: requests,
        remaining: requests - log.length,
        resetSeconds,
        ...(allowed ? {} : { retryAfterSeconds: log.length < requests ? tokenSeconds : resetSeconds }),
      };
    },
  };
}
