import { corsHeaders } from "./cors";
import type { DriftMutation } from "./drift";
import { createFaultPicker, type FaultPicker, type FaultPlan } from "./fault-plan";
import { createLedger, type Ledger, type LedgerWriter } from "./ledger";
import { resolveOptions, type Credentials, type FakeServerOptions, type ResolvedOptions } from "./options";
import type { FakeProvider, Route } from "./provider";
import { createRateLimiter, type RateLimiter } from "./rate-limiter";
import { createRedactor, secretsOf, type Redactor } from "./redact";
import { createRng, type Rng } from "./rng";
import { createRouter, type Router } from "./router";

/**
 * Everything one running fake holds, whatever carries its requests (a socket server or msw
 * handlers); built once by `createRuntime`.
 */
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
  /** The fake's own base URL (origin and base path, no trailing slash), known once it listens. */
  url: string;
  readonly lifecycle: Lifecycle;
  /** The drift mutation applied to responses, from the options or `setDrift`. */
  drift: DriftMutation | undefined;
}

/** Pending timers and shutdown. */
export interface Lifecycle {
  /** Aborted when the fake closes: latency waits, stalls and slow bodies stop. */
  readonly signal: AbortSignal;
  /** Resolves true after `ms`, or false as soon as the fake closes. */
  sleep(ms: number): Promise<boolean>;
  /** Aborts pending work. */
  shutdown(): void;
}

/** Resolves the options and builds the state, router, limiter, fault picker, ledger and redactor. */
export function createRuntime<S, A extends Credentials>(
  provider: FakeProvider<S, A>,
  input: FakeServerOptions<A>,
): Runtime<S, A> {
  const options = resolveOptions(input, provider);
  const root = createRng(options.seed);
  const { ledger, writer } = createLedger();
  return {
    provider,
    options,
    state: provider.createState(options, root.fork("data")),
    router: createRouter(provider.routes),
    limiter: options.rateLimit === false ? undefined : createRateLimiter(options.rateLimit),
    faults: { pick: faultPicker(options.faults, options.seed) },
    ledger,
    writer,
    redactor: createRedactor(provider.credentialHeaders ?? [], secretsOf(options.auth)),
    rng: root.fork("runtime"),
    cors: corsHeaders([...(provider.exposeHeaders ?? []), ...optional(provider.requestIdHeader)]),
    url: "",
    lifecycle: createLifecycle(),
    drift: options.drift,
  };
}

/** The picker of a plan, drawing from the seed's own fault source. */
export function faultPicker(plan: FaultPlan | undefined, seed: number): FaultPicker {
  return createFaultPicker(plan, createRng(seed).fork("faults"));
}

function optional(value: string | undefined): string[] {
  return value === undefined ? [] : [value];
}

export function createLifecycle(): Lifecycle {
  const controller = new AbortController();
  return {
    signal: controller.signal,
    sleep: (ms) => sleep(ms, controller.signal),
    shutdown: () => controller.abort(),
  };
}

/** Resolves true after `ms`, or false as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
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
