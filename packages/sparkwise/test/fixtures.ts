import {
  type FakeServer,
  type FakeServerOptions,
  type ProviderTypes,
  startFakeServer,
} from "@clientele/testing";
import { afterEach } from "vitest";
import { type SparkwiseClientOptions, createSparkwiseClient } from "../src/index.js";

type Types = ProviderTypes["sparkwise"];
export type SparkwiseServer = FakeServer<Types["state"], Types["auth"]>;

const open: SparkwiseServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

/** Starts the Sparkwise fake for the current test (closed after it). */
export async function startSparkwise(
  options: FakeServerOptions<Types["auth"]> = {},
): Promise<SparkwiseServer> {
  const server = await startFakeServer("sparkwise", options);
  open.push(server);
  return server;
}

/** A client pointed at the fake, without backoff waits. */
export function clientFor<Key extends string = "remoteId">(
  server: SparkwiseServer,
  options: Partial<SparkwiseClientOptions<Key>> = {},
) {
  return createSparkwiseClient<Key>({
    apiKey: server.auth.apiKey,
    baseUrl: server.url,
    retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 5 },
    ...options,
  });
}

/** `count` upsert members `ext-u0000`…, `@example.com` e-mails. */
export function templates(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const remoteId = `ext-u${String(i).padStart(4, "0")}`;
    return { remoteId, firstName: `First ${i}`, lastName: `Last ${i}`, email: `${remoteId}@example.com` };
  });
}

/** The lengths of the request bodies' member arrays (`users`, or `property`) of every call to `path`. */
export function chunkSizes(server: SparkwiseServer, path: string, property = "users"): number[] {
  return server.requests
    .filter((r) => r.path === path)
    .map((r) => ((r.body as Record<string, unknown[]> | undefined)?.[property] ?? []).length);
}
