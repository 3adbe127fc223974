import type { DriftMutation } from "./drift";
import type { FaultPlan } from "./fault-plan";
import type { RateLimit } from "./rate-limiter";

/** Credentials a fake accepts; each provider declares its own shape and defaults. */
export type Credentials = object;

/** How to start a fake server. */
export interface FakeServerOptions<A extends Credentials = Record<string, string>> {
  /** Seeds the data and the fault sequence: the same seed gives the same of both. @default 1 */
  seed?: number;
  /** Size of the generated data set; what it counts is up to the provider (usually users). @default 25 */
  users?: number;
  /** Records to serve instead of generated ones; the shape is the provider's. */
  records?: unknown;
  /** Milliseconds added before every response (a stalled one excepted). @default 0 */
  latencyMs?: number;
  /** Faults to inject: a seeded rate or a script. @default none */
  faults?: FaultPlan;
  /** The `Retry-After` seconds of an injected `429`. @default 1 */
  retryAfterSeconds?: number;
  /** The request budget per credential; `false` turns it off. @default the provider's `x-rate-limit`, or off */
  rateLimit?: RateLimit | false;
  /** Credentials the fake accepts, merged over the provider's defaults. @default the provider's `defaultAuth` */
  auth?: Partial<A>;
  /** The interface to listen on; always loopback. @default "127.0.0.1" */
  host?: "127.0.0.1";
  /** Receives one line per request and per injected fault. @default none */
  log?: (line: string) => void;
  /** A difference from the spec applied to every 2xx of its operation (see `driftMutations`). @default none */
  drift?: DriftMutation;
}

/** The options after defaults were applied; what providers and the server see. */
export interface ResolvedOptions<A extends Credentials = Record<string, string>> {
  readonly seed: number;
  readonly users: number;
  readonly records: unknown;
  readonly latencyMs: number;
  readonly faults: FaultPlan | undefined;
  readonly retryAfterSeconds: number;
  readonly rateLimit: RateLimit | false;
  readonly auth: A;
  readonly host: "127.0.0.1";
  readonly log: (line: string) => void;
  readonly drift: DriftMutation | undefined;
}

export const DEFAULT_OPTIONS = {
  seed: 1,
  users: 25,
  latencyMs: 0,
  retryAfterSeconds: 1,
  host: "127.0.0.1",
} as const;

/** Applies defaults in one place; the rest of the package only sees `ResolvedOptions`. */
export function resolveOptions<A extends Credentials>(
  options: FakeServerOptions<A>,
  provider: { readonly defaultAuth: A; readonly rateLimit?: RateLimit },
): ResolvedOptions<A> {
  const host = options.host ?? DEFAULT_OPTIONS.host;
  if (host !== "127.0.0.1")
    throw new RangeError(`A fake server only listens on 127.0.0.1, not ${String(host)}`);
  return {
    seed: options.seed ?? DEFAULT_OPTIONS.seed,
    users: options.users ?? DEFAULT_OPTIONS.users,
    records: options.records,
    latencyMs: Math.max(0, options.latencyMs ?? DEFAULT_OPTIONS.latencyMs),
    faults: options.faults,
    retryAfterSeconds: options.retryAfterSeconds ?? DEFAULT_OPTIONS.retryAfterSeconds,
    rateLimit: options.rateLimit ?? provider.rateLimit ?? false,
    auth: { ...provider.defaultAuth, ...options.auth },
    host,
    log: options.log ?? (() => {}),
    drift: options.drift,
  };
}
