import type { RateLimitMeta } from "./metadata.js";
import { sleep } from "./signal.js";

/** Spaces requests to stay within a documented budget. */
export interface Pacer {
  /** Resolves when a request may go; rejects with the signal's reason if it fires first. */
  take(signal?: AbortSignal): Promise<void>;
}

/**
 * A token bucket holding `requests` tokens that refills continuously over `perSeconds`. Each caller
 * reserves a token at once (the balance may go below zero) and waits until it has been earned, so
 * callers are served in order without a queue; a caller that gives up returns its token.
 */
export function createPacer({ requests, perSeconds }: RateLimitMeta, now = () => Date.now()): Pacer {
  const interval = (perSeconds * 1000) / requests;
  let tokens = requests;
  let last = now();
  return {
    async take(signal) {
      const t = now();
      tokens = Math.min(requests, tokens + (t - last) / interval) - 1;
      last = t;
      if (tokens < 0) {
        try {
          await sleep(Math.ceil(-tokens * interval), signal);
        } catch (reason) {
          tokens += 1;
          throw reason;
        }
      }
    },
  };
}
