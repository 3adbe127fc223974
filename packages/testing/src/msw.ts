import { http, type HttpHandler } from "msw";
import { answerRequest, isUnder } from "./answer-request";
import { withControls, type FakeControls } from "./controls";
import { otherOrigin } from "./fault-response";
import type { Credentials, FakeServerOptions } from "./options";
import type { FakeProvider } from "./provider";
import { providerByName, type ProviderName, type ProviderTypes } from "./providers";
import { createRuntime } from "./runtime";

/** How to create a provider's msw handlers: a fake server's options, and the URL they answer. */
export type FakeHandlersOptions<A extends Credentials = Record<string, string>> = Omit<
  FakeServerOptions<A>,
  "host"
> & {
  /**
   * The base URL the handlers answer, path included (`https://api.mercury.ai/v1` serves the fake's
   * routes below `/v1`). Requests elsewhere are left to other handlers.
   * @default "https://<provider>.fake.test"
   */
  url?: string;
};

/** A fake of one provider as msw request handlers: the socket fake's behaviour, state and ledger, in-process. */
export interface FakeHandlers<
  S = unknown,
  A extends Credentials = Record<string, string>,
> extends FakeControls<S, A> {
  /** The base URL the handlers answer, without a trailing slash: pass it as a client's `baseUrl`. */
  readonly url: string;
  /** Pass them to msw: `setupServer(...fake.handlers)` (Node) or `setupWorker(...fake.handlers)` (browser). */
  readonly handlers: HttpHandler[];
  /** Ends stalled and dripping responses; afterwards every request gets a network error. */
  close(): Promise<void>;
}

// the same public shape as startFakeServer (server.ts): one per transport, alike by design
/** The msw handlers of a provider by name, typed with its state and credentials. */
export type FakeHandlersOf<N extends ProviderName> = FakeHandlers<
  ProviderTypes[N]["state"],
  ProviderTypes[N]["auth"]
>;

/**
 * Creates msw 2 request handlers that answer like a provider's fake server, from the same provider
 * module: same routes, state, faults and ledger, without a socket. The `redirect-cross-origin`
 * fault redirects to `elsewhere.<host>` (or `localhost` ⇄ `127.0.0.1`), which they answer too.
 * @example
 * const fake = createFakeHandlers("sparkwise", { seed: 7, faults: ["503", "ok"] });
 * const server = setupServer(...fake.handlers);
 */
export function createFakeHandlers<N extends ProviderName>(
  provider: N,
  options?: FakeHandlersOptions<ProviderTypes[N]["auth"]>,
): FakeHandlers<ProviderTypes[N]["state"], ProviderTypes[N]["auth"]>;
export function createFakeHandlers<S, A extends Credentials>(
  provider: FakeProvider<S, A>,
  options?: FakeHandlersOptions<A>,
): FakeHandlers<S, A>;
export function createFakeHandlers(
  provider: ProviderName | FakeProvider<unknown, Credentials>,
  { url, ...options }: FakeHandlersOptions<Credentials> = {},
): FakeHandlers<unknown, Credentials> {
  const resolved = typeof provider === "string" ? providerByName(provider) : provider;
  const rt = createRuntime(resolved, options);
  const base = new URL(url ?? `https://${slug(resolved.name)}.fake.test`);
  const basePath = base.pathname.replace(/\/+$/, "");
  rt.url = `${base.origin}${basePath}`;
  const handlers = [base, otherOrigin(rt.url)].map((origin) =>
    http.all(`${origin.origin}/*`, async ({ request }) => {
      if (!isUnder(request.url, basePath)) return undefined;
      const response = await answerRequest(rt, request, basePath);
      return response === "network-error" ? Response.error() : response;
    }),
  );
  const close = async (): Promise<void> => rt.lifecycle.shutdown();
  return withControls(rt, { url: rt.url, handlers, close });
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "provider"
  );
}
