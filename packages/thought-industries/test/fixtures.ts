import {
  type FakeServer,
  type FakeServerOptions,
  type ProviderTypes,
  startFakeServer,
} from "@clientele/testing";
import { afterEach } from "vitest";
import { type ThoughtIndustriesClientOptions, createThoughtIndustriesClient } from "../src/index.js";

type Types = ProviderTypes["thought-industries"];
export type TiServer = FakeServer<Types["state"], Types["auth"]>;
export type TiEvent = Types["state"]["events"]["login"][number];

const open: TiServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

/** Starts the Thought Industries fake for the current test (closed after it). */
export async function startTi(options: FakeServerOptions<Types["auth"]> = {}): Promise<TiServer> {
  const server = await startFakeServer("thought-industries", options);
  open.push(server);
  return server;
}

/** A client pointed at the fake, with short backoff waits. */
export function clientFor(server: TiServer, options: Partial<ThoughtIndustriesClientOptions> = {}) {
  return createThoughtIndustriesClient({
    apiKey: server.auth.apiKey,
    baseUrl: server.url,
    retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 5 },
    ...options,
  });
}

/**
 * `count` events newest first, one second apart from 2024-11-20T18:00:00Z, except that each index
 * in `shared` repeats the millisecond of the event before it.
 */
export function eventsAt(count: number, shared: readonly number[] = []): TiEvent[] {
  let at = Date.parse("2024-11-20T18:00:00.000Z");
  return Array.from({ length: count }, (_, i) => {
    if (i > 0 && !shared.includes(i)) at -= 1000;
    return { id: `ev_${String(i).padStart(4, "0")}`, timestamp: new Date(at).toISOString() };
  });
}

/** A fetch that answers every request with `body` and records each URL and method. */
export function recordingFetch(body: unknown = { valid: true }, status = 200) {
  const requests: { method: string; url: string; authorization: string | null }[] = [];
  const fetch = async (request: Request) => {
    requests.push({
      method: request.method,
      url: request.url,
      authorization: request.headers.get("authorization"),
    });
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  };
  return { fetch, requests };
}
