import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { corsHeaders } from "./cors";
import { createFaultPicker, type FaultPlan } from "./fault-plan";
import { handleRequest } from "./handle";
import { createLedger, type Ledger, type LedgerEntry } from "./ledger";
import { resolveOptions, type Credentials, type FakeServerOptions } from "./options";
import type { FakeProvider } from "./provider";
import { providerByName, type ProviderName, type ProviderTypes } from "./providers";
import { createRateLimiter } from "./rate-limiter";
import { createRedactor, secretsOf } from "./redact";
import { createRng, type Rng } from "./rng";
import { createRouter } from "./router";
import { createLifecycle, type Runtime } from "./runtime";

/** A running fake of one provider. */
export interface FakeServer<S = unknown, A extends Credentials = Record<string, string>> {
  /** `http://127.0.0.1:<port>`, without a trailing slash: pass it as a client's `baseUrl`. */
  readonly url: string;
  /** The credentials this fake accepts (the provider's defaults merged with `options.auth`). */
  readonly auth: A;
  /** The provider's mutable state: inspect it or change it between requests. */
  readonly state: S;
  /** Every request, side effect and fault. */
  readonly ledger: Ledger;
  /** The ledger's entries. */
  readonly requests: LedgerEntry[];
  /** Replaces the fault plan from the next request on; `undefined` turns faults off. */
  setFaults(plan: FaultPlan | undefined): void;
  /** Destroys every open socket (stalled requests too) and resolves once the server has closed. */
  close(): Promise<void>;
}

/** The fake server of a provider by name, typed with its state and credentials. */
export type FakeServerOf<N extends ProviderName> = FakeServer<
  ProviderTypes[N]["state"],
  ProviderTypes[N]["auth"]
>;

/**
 * Starts a fake of a provider on 127.0.0.1 at an ephemeral port and resolves once it listens.
 * @example
 * const server = await startFakeServer("sparkwise", { seed: 7, faults: ["503", "ok"] });
 */
export function startFakeServer<N extends ProviderName>(
  provider: N,
  options?: FakeServerOptions<ProviderTypes[N]["auth"]>,
): Promise<FakeServer<ProviderTypes[N]["state"], ProviderTypes[N]["auth"]>>;
export function startFakeServer<S, A extends Credentials>(
  provider: FakeProvider<S, A>,
  options?: FakeServerOptions<A>,
): Promise<FakeServer<S, A>>;
export async function startFakeServer(
  provider: ProviderName | FakeProvider<unknown, Credentials>,
  options: FakeServerOptions<Credentials> = {},
): Promise<FakeServer<unknown, Credentials>> {
  const resolved = typeof provider === "string" ? providerByName(provider) : provider;
  const rt = createRuntime(resolved, options);
  const server = createServer((req, res) => void handleRequest(rt, req, res));
  server.on("connection", (socket) => rt.lifecycle.track(socket));
  await listen(server, rt.options.host);
  rt.url = `http://${rt.options.host}:${(server.address() as AddressInfo).port}`;
  return {
    url: rt.url,
    auth: rt.options.auth,
    state: rt.state,
    ledger: rt.ledger,
    get requests() {
      return rt.ledger.entries;
    },
    setFaults: (plan) => {
      rt.faults.pick = createFaultPicker(plan, faultRng(rt.options.seed));
    },
    close: () => close(server, rt),
  };
}

function createRuntime<S, A extends Credentials>(
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
    faults: { pick: createFaultPicker(options.faults, faultRng(options.seed)) },
    ledger,
    writer,
    redactor: createRedactor(provider.credentialHeaders ?? [], secretsOf(options.auth)),
    rng: root.fork("runtime"),
    cors: corsHeaders([...(provider.exposeHeaders ?? []), ...optional(provider.requestIdHeader)]),
    url: "",
    lifecycle: createLifecycle(),
  };
}

function faultRng(seed: number): Rng {
  return createRng(seed).fork("faults");
}

function optional(value: string | undefined): string[] {
  return value === undefined ? [] : [value];
}

function listen(server: Server, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

function close<S, A extends Credentials>(server: Server, rt: Runtime<S, A>): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    rt.lifecycle.shutdown();
    server.closeAllConnections();
  });
}
