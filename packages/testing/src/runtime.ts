import type { Socket } from "node:net";
import type { FaultPicker } from "./fault-plan";
import type { Ledger, LedgerWriter } from "./ledger";
import type { Credentials, ResolvedOptions } from "./options";
import type { FakeProvider, Route } from "./provider";
import type { RateLimiter } from "./rate-limiter";
import type { Redactor } from "./redact";
import type { Rng } from "./rng";
import type { Router } from "./router";

/** Everything one running fake holds; built once by `startFakeServer`. */
export interface Runtime<S, A extends Credentials> {
  readonly provider: FakeProvider<S, A>;
  readonly options: ResolvedOptions<A>;
  readonly state: S;
  readonly router: Router<Route<S, A>>;
  readonly limiter: RateLimiter | undefined;
  readonly faults: { pick: FaultPicker };
  readonly ledger: Ledger;
  readonly writer: LedgerWriter;
  readonly redactor: Redactor;
  /** Seeded source handed to handlers for values made up at run time. */
  readonly rng: Rng;
  /** CORS headers of every response. */
  readonly cors: Readonly<Record<string, string>>;
  /** The server's own URL, known once it listens. */
  url: string;
  readonly lifecycle: Lifecycle;
}

/** Open sockets, pending timers and shutdown. */
export interface Lifecycle {
  /** Aborted when the server closes: latency waits and slow bodies stop. */
  readonly signal: AbortSignal;
  track(socket: Socket): void;
  /** Resolves true after `ms`, or false as soon as the server closes. */
  sleep(ms: number): Promise<boolean>;
  /** Aborts pending work and destroys every socket, stalled ones included. */
  shutdown(): void;
}

export function createLifecycle(): Lifecycle {
  const controller = new AbortController();
  const sockets = new Set<Socket>();
  return {
    signal: controller.signal,
    track: (socket) => {
      sockets.add(socket);
      socket.once("close", () => sockets.delete(socket));
    },
    sleep: (ms) => sleep(ms, controller.signal),
    shutdown: () => {
      controller.abort();
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
