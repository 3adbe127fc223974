import { afterEach } from "vitest";
import { startFakeServer, type FakeServer, type FakeServerOptions } from "@clientele/testing";
import { createIsNotAiClient, type IsNotAiClient, type IsNotAiClientOptions } from "../src/index";

export type Tier = "free" | "pro" | "enterprise";
export type IsnotaiServer = Awaited<ReturnType<typeof startFakeServer<"isnotai">>>;
type Auth = IsnotaiServer extends FakeServer<unknown, infer A> ? A : never;

const open: IsnotaiServer[] = [];
afterEach(async () => void (await Promise.all(open.splice(0).map((s) => s.close()))));

/** Starts the isnotai fake (closed after the test); tier budgets off unless `auth` says otherwise. */
export async function startFake(options: FakeServerOptions<Auth> = {}): Promise<IsnotaiServer> {
  const server = await startFakeServer("isnotai", {
    ...options,
    auth: { perMinute: false, ...options.auth },
  });
  open.push(server);
  return server;
}

/** A client of `server` with the key of `tier` in the fake's region; no retry waits unless asked. */
export function clientOf(
  server: IsnotaiServer,
  tier: Tier = "pro",
  options: Partial<IsNotAiClientOptions> = {},
): IsNotAiClient {
  const apiKey = server.auth.keys[server.auth.region][tier];
  return createIsNotAiClient({
    apiKey,
    baseUrl: server.url,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...options,
  });
}

/** A well-formed key the fake does not know. */
export const UNKNOWN_KEY = `aik_v1_${"u".repeat(40)}`;

/** A `fetch` that records every request and answers `body` as JSON with `headers`. */
export function recordingFetch(body: unknown = { data: {} }, headers: Record<string, string> = {}) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { "content-type": "application/json", ...headers },
    });
  };
  return { fetch, requests };
}
