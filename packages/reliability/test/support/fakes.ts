import type { ClientOptions, Hooks } from "@clientele/core";
import type { FakeServer } from "@clientele/testing";
import { afterAll } from "vitest";
import { count, countFaults } from "./tally";

type AnyServer = FakeServer<unknown, object>;

const open = new Set<AnyServer>();

/** Closes every fake the file started and adds what their ledgers saw to the tally. */
async function closeFakes(): Promise<void> {
  const servers = [...open];
  open.clear();
  await Promise.all(servers.map((server) => server.close()));
  for (const { ledger } of servers) {
    count("requests", ledger.entries.length);
    countFaults(ledger.faults);
  }
}

// After the file, not after each test: tests of a file may run concurrently.
afterAll(closeFakes);

/** Registers a fake to be closed (and counted) after the file's tests. */
export function track<T extends AnyServer>(server: T): T {
  open.add(server);
  return server;
}

/** The client options every subject gets: `onRetry` counted, the caller's hooks kept. */
export function observed<O extends ClientOptions>(options: O): O {
  const counted: Hooks = { onRetry: () => count("retries") };
  return { ...options, hooks: [counted, ...[options.hooks ?? []].flat()] };
}
