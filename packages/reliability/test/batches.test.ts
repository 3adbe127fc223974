import type { UserTemplate } from "@clientele/sparkwise";
import { FAULT_KINDS } from "@clientele/testing";
import { describe, expect, it } from "vitest";
import { expectAccounted } from "./support/checks";
import { count } from "./support/tally";
import { startSparkwise } from "./support/subjects";

const UPSERT = "/users/batch-upsert";

/** `n` users; every 97th has a remoteId the server refuses, every 89th an e-mail it does not trust. */
function roster(n: number): UserTemplate[] {
  return Array.from({ length: n }, (_, i) => {
    const remoteId = i % 97 === 5 ? `invalid-${i}` : `crm-${String(i).padStart(4, "0")}`;
    const domain = i % 89 === 7 ? "untrusted.example" : "example.com";
    return { remoteId, firstName: `First${i}`, lastName: `Last${i}`, email: `u${i}@${domain}` };
  });
}
const refusedByServer = (u: UserTemplate) =>
  u.remoteId.startsWith("invalid-") || !u.email!.endsWith("@example.com");

/**
 * A gateway between client and server that mangles the body of the chunk starting with `remoteId`
 * (the server then refuses it with 400), and passes every other request through untouched.
 */
function manglingGateway(remoteId: string) {
  return async (request: Request) => {
    const text = request.body ? await request.clone().text() : "";
    if (!text.includes(`"remoteId":"${remoteId}"`)) return fetch(request);
    return fetch(new Request(request, { body: text.replace('"users":', '"members":') }));
  };
}

describe("sparkwise batches: nothing lost", () => {
  it("accounts for 1,000 users when chunks fail with 500, reset and 400, and one recovers", async () => {
    // one chunk in flight at a time, so the script meets the chunks in order; 2 retries each:
    // chunk 1 ok; chunk 2 three 500s; chunk 3 three resets; chunk 4 mangled (400); chunk 5 a 503, then ok
    const script = ["ok", "500", "500", "500", "reset", "reset", "reset", "ok", "503", "ok"] as const;
    const fake = await startSparkwise({ items: 0, faults: script });
    const users = roster(1000);
    const client = fake.sparkwise({
      retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 5 },
      fetch: manglingGateway(users[600]!.remoteId),
    });
    const progress: number[] = [];
    const outcome = await client.upsertUsers(users, {
      concurrency: 1,
      onProgress: ({ done }) => progress.push(done),
    });

    expectAccounted(outcome, users);
    expect(progress).toEqual([200, 400, 600, 800, 1000]);
    const byChunk = (c: number) =>
      outcome.failed.filter(
        (f) => users.indexOf(f.member) >= c * 200 && users.indexOf(f.member) < c * 200 + 200,
      );
    // whole chunks: every member failed, with the status and a reason naming it
    expect(byChunk(1).map((f) => [f.status, f.member])).toEqual(users.slice(200, 400).map((u) => [500, u]));
    expect(byChunk(1)[0]!.reason).toMatch(/failed with 500: Internal server error/);
    expect(byChunk(2).map((f) => f.member)).toEqual(users.slice(400, 600));
    for (const f of byChunk(2))
      expect(f).toMatchObject({
        status: undefined,
        reason: expect.stringMatching(/terminated|socket|closed/),
      });
    expect(byChunk(3).map((f) => [f.status, f.member])).toEqual(users.slice(600, 800).map((u) => [400, u]));
    expect(byChunk(3)[0]!.reason).toMatch(/failed with 400: users is required/);
    // the other chunks: only the members the server refused, with its reasons
    for (const c of [0, 4]) {
      expect(byChunk(c).map((f) => f.member)).toEqual(
        users.slice(c * 200, c * 200 + 200).filter(refusedByServer),
      );
      expect(new Set(byChunk(c).map((f) => f.reason))).toEqual(
        new Set(["This user cannot be processed", "User is not using a trusted domain"]),
      );
    }
    expect(outcome.succeeded).toEqual(
      [...users.slice(0, 200), ...users.slice(800)].filter((u) => !refusedByServer(u)),
    );
    // the reset chunk's upserts reached the server (the response was lost, not the request):
    // "failed" means "not confirmed", and a rerun is safe because the upsert is idempotent
    const requests = fake.server.ledger.count((e) => e.method === "POST");
    expect(requests).toBe(10);
  });

  it("upserts 1,000 users through faults on two requests in five: every user once", async () => {
    // A chunk fails only if all 11 of its attempts are faulted: 0.4^11 ≈ 4.2e-5, for 5 chunks 2.1e-4.
    const fake = await startSparkwise({
      items: 0,
      seed: 5,
      faults: {
        rate: 0.4,
        // every kind but the redirect (a batch POST is not followed across origins)
        kinds: FAULT_KINDS.filter((kind) => kind !== "redirect-cross-origin"),
      },
    });
    const users = roster(1000);
    const client = fake.sparkwise({ retry: { retries: 10, baseDelayMs: 1, maxDelayMs: 20 }, timeoutMs: 400 });
    const outcome = await client.upsertUsers(users, { concurrency: 3 });
    expectAccounted(outcome, users);
    expect(outcome.failed.map((f) => f.member)).toEqual(users.filter(refusedByServer));
    expect(outcome.succeeded).toEqual(users.filter((u) => !refusedByServer(u)));
    // each written user is in the server's state exactly once, however often its chunk was sent
    const state = fake.server.state as { users: { remoteId?: string }[] };
    expect(state.users.map((u) => u.remoteId).sort()).toEqual(
      outcome.succeeded.map((u) => u.remoteId).sort(),
    );
    count("itemsChecked", state.users.length);
  });
});
