import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { withControls, type FakeControls } from "./controls";
import { handleRequest } from "./handle";
import type { Credentials, FakeServerOptions } from "./options";
import type { FakeProvider } from "./provider";
import { providerByName, type ProviderName, type ProviderTypes } from "./providers";
import { createRuntime, type Runtime } from "./runtime";

/** A running fake of one provider. */
export interface FakeServer<S = unknown, A extends Credentials = Record<string, string>> extends FakeControls<
  S,
  A
> {
  /** `http://127.0.0.1:<port>`, without a trailing slash: pass it as a client's `baseUrl`. */
  readonly url: string;
  /** Destroys every open socket (stalled requests too) and resolves once the server has closed. */
  close(): Promise<void>;
}

// the same public shape as createFakeHandlers (msw.ts): one per transport, alike by design
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
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => void handleRequest(rt, req, res));
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  await listen(server, rt.options.host);
  rt.url = `http://${rt.options.host}:${(server.address() as AddressInfo).port}`;
  return withControls(rt, { url: rt.url, close: () => close(server, rt, sockets) });
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

function close<S, A extends Credentials>(
  server: Server,
  rt: Runtime<S, A>,
  sockets: Set<Socket>,
): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    rt.lifecycle.shutdown();
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    server.closeAllConnections();
  });
}
