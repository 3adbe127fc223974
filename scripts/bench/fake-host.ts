/**
 * Runs a `@clientele/testing` fake in its own process, as a real API runs on another machine: the
 * client being measured then does not share its thread with the server's work. Prints one JSON line
 * `{ url, auth }` once listening, then serves until killed or until the process that started it
 * (its stdin) is gone.
 *   node --import tsx scripts/bench/fake-host.ts <provider> '<FakeServerOptions as JSON>'
 */
import { fileURLToPath } from "node:url";
import { startFakeServer, type ProviderName } from "../../packages/testing/dist/index.js";
import { exitWithParent, firstLine, isMain, spawnHelper } from "./child.ts";

export interface HostedFake<Auth> {
  url: string;
  auth: Auth;
  stop(): void;
}

/** Starts the fake of `provider` in a child process; resolves once it listens. */
export async function hostFake<Auth>(provider: ProviderName, options: object): Promise<HostedFake<Auth>> {
  const script = fileURLToPath(import.meta.url);
  const child = spawnHelper(script, [provider, JSON.stringify(options)]);
  const { url, auth } = JSON.parse(await firstLine(child)) as { url: string; auth: Auth };
  return { url, auth, stop: () => child.kill() };
}

if (isMain(import.meta.url)) {
  const [provider, options] = process.argv.slice(2) as [ProviderName, string];
  exitWithParent();
  const server = await startFakeServer(provider, JSON.parse(options));
  console.log(JSON.stringify({ url: server.url, auth: server.auth }));
}
