/**
 * Runs a `@clientele/testing` fake in its own process, as a real API runs on another machine: the
 * client being measured then does not share its thread with the server's work. Prints one JSON line
 * `{ url, auth }` once listening, then serves until killed or until the process that started it
 * (its stdin) is gone.
 *   node --import tsx scripts/bench/fake-host.ts <provider> '<FakeServerOptions as JSON>'
 */
import { fileURLToPath } from "node:url";
import { startFakeServer, type ProviderName } from "../../packages/testing/dist/index.js";
import { defineCommand, readCommandLine } from "../lib/args.ts";
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

export const command = defineCommand({
  usage: "node --import tsx scripts/bench/fake-host.ts",
  summary:
    "Serves a fake of @clientele/testing in its own process for `pnpm bench`: prints { url, auth } as JSON, then serves until its parent is gone.",
  options: {},
  positionals: {
    name: "provider",
    usage: "<provider> <options>",
    description: "the provider, then its FakeServerOptions as JSON",
    min: 2,
    max: 2,
  },
  examples: [`node --import tsx scripts/bench/fake-host.ts sparkwise '{"seed":7,"users":100}'`],
});

if (isMain(import.meta.url)) {
  const [provider, options] = readCommandLine(command).positionals as [ProviderName, string];
  exitWithParent();
  const server = await startFakeServer(provider, JSON.parse(options));
  console.log(JSON.stringify({ url: server.url, auth: server.auth }));
}
