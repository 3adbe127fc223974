import type { RateLimitMeta } from "./metadata.js";
import { sleep } from "./signal.js";

/** Spaces requests to stay within a documented budget (a token bucket that refills continuously). */
export interface Pacer {
  take(...signals: (AbortSignal | undefined)[]): Promise<void>;
}

export function createPacer({ requests, perSeconds }: RateLimitMeta, now = () => Date.now()): Pacer {
  const interval = (perSeconds * 1000) / requests;
  let tokens = requests;
  let last = now();
  let queue = Promise.resolve();
  const refill = () => {
    const t = now();
    tokens = Math.min(requests, tokens + (t - last) / interval);
    last = t;
  };
  return {
    take(...signals) {
      const turn = queue.then(async () => {
        refill();
        if (tokens < 1) {
          await sleep(Math.ceil((1 - tokens) * interval), ...signals);
          refill();
        }
        tokens -= 1;
      });
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}
