import type { RateLimitMeta } from "../spec/metadata.js";
import { sleep } from "./signal.js";

/** Spaces requests to stay within a documented budget. */
export interface Pacer {
  /** Resolves when a request may go; rejects with the signal's reason if it fires first. */
  take(signal?: AbortSignal): Promise<void>;
}

/**
 * A token bucket that refills `requests` tokens over `perSeconds` and holds `burst` of them (one
 * when the provider documents no burst: requests are then spaced evenly, which no sliding window
 * can refuse). Each caller reserves a token at once (the balance may go below zero) and waits until
 * it has been earned, so callers are served in order without a queue; one that gives up returns it.
 *
 * A burst is a share of the budget, not an addition to it: with one, the pacer also keeps the
 * times of the latest `requests` requests and holds a request until the one `requests` before it
 * is `perSeconds` old, so no window of `perSeconds` ever holds more than `requests` (a bucket alone
 * would let `burst + requests` through in the first window).
 */
export function createPacer(
  { requests, perSeconds, burst = 1 }: RateLimitMeta,
  now = () => Date.now(),
): Pacer {
  const windowMs = perSeconds * 1000;
  const interval = windowMs / requests;
  const sent: number[] = [];
  let tokens = burst;
  let last = now();
  return {
    async take(signal) {
      const t = now();
      tokens = Math.min(burst, tokens + (t - last) / interval) - 1;
      last = t;
      let wait = tokens < 0 ? Math.ceil(-tokens * interval) : 0;
      if (burst > 1) {
        if (sent.length == requests) wait = Math.max(wait, sent.shift()! + windowMs - t);
        sent.push(t + wait);
      }
      if (wait > 0) {
        try {
          await sleep(wait, signal);
        } catch (reason) {
          tokens += 1;
          throw reason;
        }
      }
    },
  };
}

/**
 * Takes a token from the first pacer (an operation's category budget), then from the second (the
 * plan's): a request waiting for its category holds no plan token meanwhile.
 */
export function bothPacers(a: Pacer | undefined, b: Pacer | undefined): Pacer | undefined {
  return a && b ? { take: async (signal) => void (await a.take(signal), await b.take(signal)) } : (a ?? b);
}
