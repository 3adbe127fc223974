/** A request budget, as declared by a spec's `x-rate-limit`. */
export interface RateLimit {
  readonly requests: number;
  readonly perSeconds: number;
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

/** A sliding-window log per key: at most `requests` accepted in any `perSeconds` span. */
export function createRateLimiter(limit: RateLimit): RateLimiter {
  if (!(limit.requests >= 1 && limit.perSeconds > 0)) {
    throw new RangeError(`rateLimit needs requests >= 1 and perSeconds > 0, got ${JSON.stringify(limit)}`);
  }
  const windowMs = limit.perSeconds * 1000;
  const logs = new Map<string, number[]>();
  return {
    take(key, now = Date.now()) {
      const log = logs.get(key) ?? [];
      while (log.length > 0 && (log[0] ?? 0) <= now - windowMs) log.shift();
      const allowed = log.length < limit.requests;
      if (allowed) log.push(now);
      logs.set(key, log);
      const resetSeconds = Math.max(1, Math.ceil(((log[0] ?? now) + windowMs - now) / 1000));
      return {
        allowed,
        limit: limit.requests,
        remaining: limit.requests - log.length,
        resetSeconds,
        ...(allowed ? {} : { retryAfterSeconds: resetSeconds }),
      };
    },
  };
}
