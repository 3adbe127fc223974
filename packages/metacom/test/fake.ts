import {
  type FakeServer,
  type FakeServerOptions,
  type ProviderTypes,
  startFakeServer,
} from "@clientele/testing";
import { afterEach } from "vitest";
import { type MetacomClientOptions, createMetacomClient } from "../src/index.js";

type Types = ProviderTypes["metacom"];
export type MetacomFake = FakeServer<Types["state"], Types["auth"]>;

const open: MetacomFake[] = [];
afterEach(async () => void (await Promise.all(open.splice(0).map((server) => server.close()))));

/** Starts the metacom fake for the current test; it closes afterwards. */
export async function startFake(options: FakeServerOptions<Types["auth"]> = {}): Promise<MetacomFake> {
  const server = await startFakeServer("metacom", options);
  open.push(server);
  return server;
}

/** A client of `server`, without retry waits worth noticing. */
export function clientOf(server: MetacomFake, options: Partial<MetacomClientOptions> = {}) {
  return createMetacomClient({
    ...server.auth,
    baseUrl: server.url,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...options,
  });
}

/** A `fetch` that answers every request with `body` and records what was asked. */
export function stubFetch(
  body: unknown = { status: "ok", data: [], pagination: { hasPrevious: false, hasNext: false } },
  status = 200,
) {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(input instanceof Request ? input.clone() : new Request(input, init));
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}
