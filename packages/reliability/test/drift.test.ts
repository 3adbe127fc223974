import { SpecDriftError, isPaginationError, type ClientOptions, type Hooks } from "@clientele/core";
import { createIsNotAiClient } from "@clientele/isnotai";
import { validators as isnotai } from "@clientele/isnotai/validate";
import { createMercuryClient } from "@clientele/mercury";
import { validators as mercury } from "@clientele/mercury/validate";
import { createMetacomClient } from "@clientele/metacom";
import { validators as metacom } from "@clientele/metacom/validate";
import { createSparkwiseClient } from "@clientele/sparkwise";
import { validators as sparkwise } from "@clientele/sparkwise/validate";
import {
  driftMutations,
  driftTargets,
  startFakeServer,
  type DriftCall,
  type DriftMutation,
  type FakeServer,
  type ProviderName,
} from "@clientele/testing";
import { createThoughtIndustriesClient } from "@clientele/thought-industries";
import { validators as thoughtIndustries } from "@clientele/thought-industries/validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { track } from "./support/fakes";

/**
 * The drift corpus: every provider's fake, one deliberate difference from its spec at a time,
 * across every operation it serves. Each difference must be reported in "warn" (the call returns)
 * and thrown in "throw", at the spec pointer the mutation names; the unmutated fakes must give no
 * finding at all, over every operation and every page of every walk.
 */
type Options = ClientOptions & Pick<ClientOptions, "validateResponses" | "validators">;
type AnyClient = {
  request(
    method: string,
    path: string,
    init?: object,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
  paginate(path: string, init?: object): { pages(): AsyncIterable<unknown> };
};

const CLIENTS: Record<ProviderName, (server: FakeServer<any, any>, options: Options) => AnyClient> = {
  isnotai: (s, o) => createIsNotAiClient({ ...o, apiKey: s.auth.keys.us.pro }) as never,
  "thought-industries": (s, o) => createThoughtIndustriesClient({ ...o, apiKey: s.auth.apiKey }) as never,
  sparkwise: (s, o) => createSparkwiseClient({ ...o, apiKey: s.auth.apiKey }) as never,
  metacom: (s, o) =>
    createMetacomClient({ ...o, token: s.auth.token, environmentId: s.auth.environmentId }) as never,
  mercury: (s, o) =>
    createMercuryClient({ ...o, apiKey: s.auth.apiKey, projectId: s.state.projectId }) as never,
};
const VALIDATORS = { isnotai, "thought-industries": thoughtIndustries, sparkwise, metacom, mercury };
const PROVIDERS = Object.keys(CLIENTS) as ProviderName[];

/** What a finding may say of a value: its type and size, never the value. */
const SHAPE =
  /^(absent|null|boolean|integer|number|string\(\d+\)|array\(\d+\)|object\{\d+ keys\}|status \d+)$/;

const send = (client: AnyClient, { method, path, params, body }: DriftCall) =>
  client.request(method, path, { params, body });

describe.each(PROVIDERS)("%s", (provider) => {
  let server: FakeServer<any, any>;
  const targets = driftTargets(provider);
  const mutations = driftMutations(provider);
  const client = (validateResponses: "warn" | "throw", hooks: Hooks = {}) =>
    CLIENTS[provider](server, {
      baseUrl: server.url,
      retry: false,
      validateResponses,
      validators: VALIDATORS[provider],
      hooks,
    });

  beforeAll(async () => {
    server = track(await startFakeServer(provider as never, { users: 230, seed: 5, rateLimit: false }));
  });
  afterAll(() => server.setDrift(undefined));

  it("finds nothing on the unmutated fake: every operation, every page of every walk", async () => {
    const findings: unknown[] = [];
    const strict = client("throw", { onDrift: (e) => void findings.push(e.drift.findings) });
    let pages = 0;
    for (const target of targets) {
      const call = target.call(server.state);
      const { response } = await send(strict, call);
      expect(response.status, target.operation).toBeLessThan(300);
      if (call.method != "GET") continue;
      let walk;
      try {
        walk = strict.paginate(call.path, { params: call.params });
      } catch (error) {
        if (!isPaginationError(error)) throw error;
        continue;
      }
      for await (const _ of walk.pages()) pages++;
    }
    expect(findings).toEqual([]);
    expect(pages).toBeGreaterThan(0);
  });

  it("every operation the fake serves has mutations", () => {
    const operations = new Set(mutations.map((m) => m.operation));
    expect([...operations].sort()).toEqual(targets.map((t) => t.operation).sort());
  });

  it.each(mutations.map((m) => [m.name, m] as const))(
    "detects %s in warn and in throw",
    async (_, mutation) => {
      const target = targets.find((t) => t.operation == mutation.operation)!;
      server.setDrift(mutation);
      try {
        const reported: SpecDriftError[] = [];
        const warn = client("warn", { onDrift: (e) => void reported.push(e.drift) });
        const result = await send(warn, target.call(server.state));
        expect(server.requests.at(-1)!.drift, "the fake applied the mutation").toBe(mutation.name);
        expect(result.response.status).toBeLessThan(300);
        expect(reported).toHaveLength(1);
        expectLocated(reported[0]!, mutation);

        // a fresh call: a write's second call may be answered otherwise (an e-mail already taken)
        const thrown = await send(client("throw"), target.call(server.state)).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(thrown).toBeInstanceOf(SpecDriftError);
        expectLocated(thrown as SpecDriftError, mutation);
      } finally {
        server.setDrift(undefined);
      }
    },
  );
});

/** The error names the operation and status, holds a finding at the mutation's spec pointer and body pointer, and quotes no value. */
function expectLocated(error: SpecDriftError, mutation: DriftMutation): void {
  expect(error.name).toBe("SpecDriftError");
  expect(error.operation).toBe(mutation.operation);
  const at = error.findings.filter((f) => f.specLocation.pointer == mutation.specPointer);
  // at the pointer the mutation changed, or inside it (an envelope changes the whole body)
  const inside = at.filter(
    (f) => f.pointer == mutation.pointer || f.pointer.startsWith(`${mutation.pointer}/`),
  );
  expect(inside, JSON.stringify(error.findings, null, 1)).not.toEqual([]);
  for (const f of error.findings) {
    expect(f.found).toMatch(SHAPE);
    expect(f.specLocation.file).toMatch(/^specs\/[a-z-]+\/openapi\.yaml$/);
  }
}
