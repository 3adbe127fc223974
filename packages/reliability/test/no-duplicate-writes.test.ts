import { ClienteleError } from "@clientele/core";
import type { FaultKind, LedgerEntry } from "@clientele/testing";
import { describe, expect, it } from "vitest";
import { count } from "./support/tally";
import { startMetacom, startSparkwise, startThoughtIndustries, type Fake } from "./support/subjects";

/** Faults answered instead of the handler: the write did not happen. */
const REFUSED: FaultKind[] = ["429", "429-no-retry-after", "500", "502", "503", "504"];
/** Faults that let the handler run, then lose or mangle its response: the write happened. */
const LOST: FaultKind[] = ["reset", "stall", "truncated", "html-200"];
/** A response that arrives slowly, but whole. */
const SLOW: FaultKind[] = ["slow-body"];

/** A non-idempotent write: how to send the `i`th one, and the ledger effect it leaves. */
interface Write {
  readonly name: string;
  start(): Promise<{ fake: Fake; send(i: number): Promise<unknown>; effect: string }>;
}

const CALL = { retry: { retries: 5, baseDelayMs: 1, maxDelayMs: 2 }, timeoutMs: 400 };

const WRITES: Write[] = [
  {
    name: "metacom: minting a long-lived token",
    async start() {
      const fake = await startMetacom({ items: 60 });
      const client = fake.metacom(CALL);
      const users = fake.ids();
      return { fake, effect: "mint-token", send: (i) => client.createLongLivedToken(users[i]!) };
    },
  },
  {
    name: "thought-industries: resetting a learner's course progress",
    async start() {
      const fake = await startThoughtIndustries({ items: 60 });
      const client = fake.thoughtIndustries(CALL);
      const users = fake.ids();
      const state = fake.server.state as { catalog: { courses: { slug: string }[] } };
      const slug = state.catalog.courses[0]!.slug;
      return {
        fake,
        effect: "resetProgress",
        send: async (i) => {
          const { error, response } = await client.POST("/users/{id}/resetProgress", {
            params: { path: { id: users[i]! } },
            body: { slug, revokeAccess: false, resetProgress: true },
          });
          if (error !== undefined || !response.ok) throw new Error(`status ${response.status}`);
        },
      };
    },
  },
];

const posts = (entries: readonly LedgerEntry[]) => entries.filter((e) => e.method === "POST");

describe.each(WRITES)("$name is never sent twice once it may have reached the server", (write) => {
  it.each([...REFUSED, ...LOST, ...SLOW])("under a %s", async (kind) => {
    const { fake, send, effect } = await write.start();
    fake.server.setFaults([kind]);
    const outcome = await send(0).then(
      () => "ok",
      (e: unknown) => e,
    );
    const sent = posts(fake.server.requests);
    const effects = fake.server.ledger.effects.filter((e) => e.kind === effect);
    count("duplicated", Math.max(0, sent.length - 1) + Math.max(0, effects.length - 1));
    expect(sent).toHaveLength(1);
    expect(effects).toHaveLength(REFUSED.includes(kind) ? 0 : 1);
    if (SLOW.includes(kind)) expect(outcome).toBe("ok");
    else expect(outcome).toBeInstanceOf(Error);
  });

  it("under a redirect to another origin: followed once, without credentials, and not acted on", async () => {
    const { fake, send, effect } = await write.start();
    fake.server.setFaults(["redirect-cross-origin"]);
    await send(0).catch(() => undefined);
    const [first, second, ...more] = posts(fake.server.requests);
    expect(more).toEqual([]);
    expect(first!.headers.authorization).toBe("[redacted]");
    expect(second!.headers.authorization).toBeUndefined();
    expect(second!.status).toBe(401);
    expect(fake.server.ledger.effectsOf(effect)).toHaveLength(1);
  });

  it("40 writes through faults on one request in two: one request each, at most one effect each", async () => {
    const { fake, send, effect } = await write.start();
    fake.server.setFaults({ rate: 0.5, kinds: [...REFUSED, ...LOST, ...SLOW] });
    const outcomes = [];
    for (let i = 0; i < 40; i++)
      outcomes.push(
        await send(i).then(
          () => true,
          (e: unknown) => e,
        ),
      );
    const sent = posts(fake.server.requests);
    const perUser = new Map<string, number>();
    for (const key of fake.server.ledger.effectsOf(effect)) perUser.set(key, (perUser.get(key) ?? 0) + 1);
    const twice = [...perUser.values()].filter((n) => n > 1).length;
    count("duplicated", twice + Math.max(0, sent.length - 40));
    count("membersChecked", 40);
    expect(sent).toHaveLength(40);
    expect(twice).toBe(0);
    // every call that succeeded wrote; every failure is a typed error or a refusal
    expect(perUser.size).toBeGreaterThanOrEqual(outcomes.filter((o) => o === true).length);
    expect(fake.server.ledger.count((e) => e.fault !== undefined)).toBeGreaterThan(10);
    for (const o of outcomes)
      if (o !== true) expect(o instanceof ClienteleError || /status/.test(String(o))).toBe(true);
  });
});

describe("sparkwise: the idempotent upsert is retried, and lands once per user", () => {
  it("600 users through faults on one request in two, handler-running ones included", async () => {
    const fake = await startSparkwise({
      items: 0,
      seed: 9,
      faults: { rate: 0.5, only: (r) => r.method === "POST", kinds: [...REFUSED, ...LOST, ...SLOW] },
    });
    const users = Array.from({ length: 600 }, (_, i) => ({ remoteId: `u-${i}`, firstName: `F${i}` }));
    // a chunk fails only if all 13 of its attempts are faulted: 0.5^13 ≈ 1.2e-4, for 3 chunks 3.7e-4
    const client = fake.sparkwise({ retry: { retries: 12, baseDelayMs: 1, maxDelayMs: 5 }, timeoutMs: 400 });
    const { succeeded, failed } = await client.upsertUsers(users, { concurrency: 1 });
    expect(failed).toEqual([]);
    expect(succeeded).toEqual(users);
    const state = fake.server.state as { users: { remoteId?: string; firstName?: string }[] };
    const held = new Map<string, number>();
    for (const u of state.users) held.set(u.remoteId!, (held.get(u.remoteId!) ?? 0) + 1);
    const twice = [...held.values()].filter((n) => n > 1).length;
    count("duplicated", twice);
    count("membersChecked", users.length);
    expect(twice).toBe(0);
    expect(state.users.map((u) => [u.remoteId, u.firstName])).toEqual(
      users.map((u) => [u.remoteId, u.firstName]),
    );
    // the retries did resend chunks whose first write had landed: the handler ran more than once
    const writes = fake.server.ledger.effectsOf("upsert").length;
    expect(writes).toBeGreaterThan(600);
  });
});
