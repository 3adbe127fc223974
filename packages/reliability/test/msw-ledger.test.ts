/**
 * The msw handlers of @clientele/testing are the socket fakes without the socket: the same scripted
 * scenario (a client walking a list through faults, a refused key, a write, a redirect) leaves the
 * same ledger, the same state and the same observations through both, for every provider.
 */
import type { ClientOptions } from "@clientele/core";
import { createIsNotAiClient } from "@clientele/isnotai";
import { createMercuryClient } from "@clientele/mercury";
import { createMetacomClient } from "@clientele/metacom";
import { createSparkwiseClient } from "@clientele/sparkwise";
import {
  startFakeServer,
  type FakeServerOptions,
  type FaultPlan,
  type Ledger,
  type LedgerEntry,
  type ProviderName,
  type ProviderTypes,
} from "@clientele/testing";
import { createFakeHandlers } from "@clientele/testing/msw";
import { createThoughtIndustriesClient } from "@clientele/thought-industries";
import { setupServer } from "msw/node";
import { describe, expect, it } from "vitest";
import { count, countFaults } from "./support/tally";

/** What a scenario sees of a fake, whichever carries its requests. */
interface Fake<N extends ProviderName> {
  readonly url: string;
  readonly auth: ProviderTypes[N]["auth"];
  readonly state: ProviderTypes[N]["state"];
  readonly ledger: Ledger;
}

/** One provider's script: it drives a client against `fake` and returns what the client saw, line by line. */
type Scenario<N extends ProviderName> = (fake: Fake<N>) => Promise<string[]>;

const COMMON: ClientOptions = { retry: { retries: 8, baseDelayMs: 1, maxDelayMs: 5 }, timeoutMs: 5_000 };

/** Every routed request in order: status faults, lost or mangled bodies, then a cross-origin redirect. */
const FAULTS: FaultPlan = [
  "503",
  "ok",
  "reset",
  "truncated",
  "429",
  "html-200",
  "slow-body",
  "502",
  "429-no-retry-after",
  "ok",
  "504",
  "redirect-cross-origin",
];

/** Runs `step` and describes its outcome: what it returned, or the error's class and status. */
async function outcome(label: string, step: () => Promise<unknown>): Promise<string> {
  try {
    return `${label}: ${JSON.stringify(await step())}`;
  } catch (error) {
    const e = error as { name?: string; status?: number };
    return `${label}: ${e.name} ${e.status ?? ""}`.trimEnd();
  }
}

const SCENARIOS: { [N in ProviderName]: Scenario<N> } = {
  isnotai: async (fake) => {
    const client = (apiKey: string) => createIsNotAiClient({ ...COMMON, apiKey, baseUrl: fake.url });
    const ok = client(fake.auth.keys.us.pro);
    const ids = async () =>
      (await ok.paginate("/v1/users", { params: { query: { pageSize: 7 } } }).toArray()).map((u) => u.userId);
    return [
      await outcome("walk", ids),
      await outcome("refused", () => client(fake.auth.keys.eu.pro).paginate("/v1/users").toArray()),
      await outcome("walk again", ids),
    ];
  },
  "thought-industries": async (fake) => {
    const client = (apiKey: string) =>
      createThoughtIndustriesClient({ ...COMMON, apiKey, baseUrl: fake.url });
    const ok = client(fake.auth.apiKey);
    const ids = async () => (await ok.paginate("/users", { params: {} }).toArray()).map((u) => u.id);
    const [user] = fake.state.users;
    const slug = fake.state.catalog.courses[0]!.slug;
    return [
      await outcome("walk", ids),
      await outcome("refused", () =>
        client("ti_wrong_key_000000").paginate("/users", { params: {} }).toArray(),
      ),
      await outcome("reset progress", async () => {
        const { response } = await ok.POST("/users/{id}/resetProgress", {
          params: { path: { id: user!.id } },
          body: { slug, revokeAccess: false, resetProgress: true },
        });
        return response.status;
      }),
      await outcome("walk again", ids),
    ];
  },
  sparkwise: async (fake) => {
    const client = (apiKey: string) => createSparkwiseClient({ ...COMMON, apiKey, baseUrl: fake.url });
    const ok = client(fake.auth.apiKey);
    // one page at a time: the script's faults then fall on the same requests through both transports
    const ids = async () =>
      (await ok.paginate("/users", { params: { query: { pageSize: 9 } } }, { concurrency: 1 }).toArray()).map(
        (u) => u.remoteId,
      );
    const members = [
      { remoteId: "new-1", email: "new-1@example.com" },
      { remoteId: "invalid-2", email: "x@example.com" },
    ];
    return [
      await outcome("walk", ids),
      await outcome("refused", () => client("swk_wrong_key_0000000000").paginate("/users").toArray()),
      await outcome("upsert", async () => {
        const { succeeded, failed } = await ok.upsertUsers(members);
        return { succeeded: succeeded.length, failed: failed.map((f) => f.status) };
      }),
      await outcome("walk again", ids),
    ];
  },
  metacom: async (fake) => {
    const client = (token: string) =>
      createMetacomClient({ ...COMMON, token, environmentId: fake.auth.environmentId, baseUrl: fake.url });
    const ok = client(fake.auth.token);
    const ids = async () =>
      (await ok.paginate("/users", { params: { query: { limit: 8 } } }).toArray()).map((u) => u._id);
    const [first] = fake.state.users;
    return [
      await outcome("walk", ids),
      await outcome("refused", () => client("mc_lt_wrong000000").paginate("/users").toArray()),
      await outcome("mint", async () => typeof (await ok.createLongLivedToken(first!._id))),
      await outcome("walk again", ids),
    ];
  },
  mercury: async (fake) => {
    const client = (apiKey: string) =>
      createMercuryClient({ ...COMMON, apiKey, projectId: fake.state.projectId, baseUrl: fake.url });
    const ok = client(fake.auth.apiKey);
    const ids = async () => (await ok.listBotUsers({ limit: 6 }).toArray()).map((u) => u.userId);
    return [
      await outcome("walk", ids),
      await outcome("refused", () => client("mk_wrong_key_00000").listBotUsers().toArray()),
      await outcome("walk again", ids),
    ];
  },
};

/**
 * Headers that the transport adds, not the client: undici puts them on the wire, a `Request` caught
 * by msw has none of them. Everything else in an entry must be equal.
 */
const TRANSPORT_HEADERS = [
  "host",
  "connection",
  "content-length",
  "user-agent",
  "accept",
  "accept-encoding",
  "accept-language",
  "sec-fetch-mode",
];

function comparable(entries: readonly LedgerEntry[]) {
  return entries.map(({ headers, ...entry }) => ({
    ...entry,
    headers: Object.fromEntries(
      Object.entries(headers).filter(([name]) => !TRANSPORT_HEADERS.includes(name)),
    ),
  }));
}

/** ISO 8601 instants, which a fake writes into its state when it is told the time ("now"). */
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/** The state as JSON, with the instants of the run (a token's `createdOn`) replaced by a marker. */
function stateOf(state: unknown, since: number): string {
  return JSON.stringify(state, (_, value) =>
    typeof value === "string" && INSTANT.test(value) && Date.parse(value) >= since
      ? "<during the run>"
      : value,
  );
}

async function throughSocket<N extends ProviderName>(provider: N, options: FakeServerOptions) {
  const since = Date.now();
  const fake = await startFakeServer(provider, options as FakeServerOptions<ProviderTypes[N]["auth"]>);
  try {
    const seen = await SCENARIOS[provider](fake as Fake<N>);
    return { seen, ledger: fake.ledger, state: stateOf(fake.state, since) };
  } finally {
    await fake.close();
  }
}

async function throughMsw<N extends ProviderName>(provider: N, options: FakeServerOptions) {
  const since = Date.now();
  const fake = createFakeHandlers(provider, options as FakeServerOptions<ProviderTypes[N]["auth"]>);
  const server = setupServer(...fake.handlers);
  server.listen({ onUnhandledRequest: "error" });
  try {
    const seen = await SCENARIOS[provider](fake as Fake<N>);
    return { seen, ledger: fake.ledger, state: stateOf(fake.state, since) };
  } finally {
    server.close();
    await fake.close();
  }
}

describe.each(Object.keys(SCENARIOS) as ProviderName[])("%s through a socket and through msw", (provider) => {
  it("the same scripted scenario leaves the same ledger and state, and the client sees the same", async () => {
    const options: FakeServerOptions = { seed: 11, users: 120, faults: FAULTS, retryAfterSeconds: 0 };
    const socket = await throughSocket(provider, options);
    const msw = await throughMsw(provider, options);

    expect(socket.ledger.count((e) => e.fault !== undefined)).toBe(
      (FAULTS as string[]).filter((f) => f !== "ok").length,
    );
    expect(socket.seen.find((line) => line.startsWith("refused"))).toMatch(/: ApiError 40[13]$/);
    expect(socket.seen.find((line) => line.startsWith("walk again"))).toMatch(/^walk again: \[".+"\]$/);
    expect(msw.seen).toEqual(socket.seen);
    expect(comparable(msw.ledger.entries)).toEqual(comparable(socket.ledger.entries));
    expect(msw.ledger.effects).toEqual(socket.ledger.effects);
    expect(msw.ledger.faults).toEqual(socket.ledger.faults);
    expect(msw.state).toBe(socket.state);
    for (const { ledger } of [socket, msw]) {
      count("requests", ledger.entries.length);
      countFaults(ledger.faults);
    }
  });
});
