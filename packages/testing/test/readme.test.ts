/**
 * Runs the README's ```ts blocks that need no client (a root test checks each block stands here or,
 * for the consumer example that needs a provider client, in packages/reliability, which may depend
 * on the clients without a cycle).
 */
import { afterAll, describe, expect, it } from "vitest";
// README: Writing a provider module (its import line)
import { defineProvider, json, sliceAt, encodeCursor, decodeCursor, readInt } from "@clientele/testing";
import { startFakeServer } from "@clientele/testing";

const open: { close(): Promise<void> }[] = [];
afterAll(() => Promise.all(open.map((s) => s.close())));

describe("README: Faults", () => {
  it("starts fakes with a seeded rate, a filtered rate and a script", async () => {
    // README: Faults
    // about 20% of requests, kinds drawn uniformly, from the server's seed
    const flaky = await startFakeServer("isnotai", { faults: { rate: 0.2, kinds: ["503", "reset"] } });
    // only some requests are candidates
    const flakyWrites = await startFakeServer("sparkwise", {
      faults: { rate: 0.5, only: (req) => req.method === "POST" },
    });
    // one entry per routed request, in order; afterwards every request is "ok"
    const scripted = await startFakeServer("metacom", { faults: ["429", "ok", "reset"] });

    open.push(flaky, flakyWrites, scripted);
    const { token, environmentId } = scripted.auth;
    const headers = { authorization: `Bearer ${token}`, "environment-id": environmentId };
    expect((await fetch(`${scripted.url}/users`, { headers })).status).toBe(429);
    expect((await fetch(`${scripted.url}/users`, { headers })).status).toBe(200);
    await expect(fetch(`${scripted.url}/users`, { headers }).then((r) => r.text())).rejects.toThrow();
    expect(scripted.ledger.faults).toMatchObject({ "429": 1, reset: 1 });
  });
});

describe("README: Ledger", () => {
  it("records requests, effects and faults", async () => {
    const server = await startFakeServer("sparkwise", { users: 3 });
    open.push(server);
    const post = (users: unknown[]) =>
      fetch(`${server.url}/users/batch-upsert`, {
        method: "POST",
        headers: { "x-api-key": server.auth.apiKey, "content-type": "application/json" },
        body: JSON.stringify({ users }),
      });
    await post([{ remoteId: "ann", email: "ann@example.com" }]);
    expect(server.ledger.effectsOf("upsert")).toEqual(["ann"]);
    expect(server.ledger.count((r) => r.method === "POST" && r.status === 200)).toBe(1);

    // README: Ledger
    server.requests; // every request, in order of arrival
    // { seq, method, path, route, query, headers, body, status, fault?, effects }
    server.ledger.effects; // [{ seq, kind: "upsert", key: "ann@example.com" }, …]
    server.ledger.effectsOf("upsert"); // ["ann@example.com", …]
    server.ledger.count((r) => r.method === "POST" && r.status === 200);
    server.ledger.faults; // { "429": 0, "503": 2, reset: 1, … }
    server.ledger.clear(); // empties it in place (sequence numbers go on)

    expect(server.requests).toHaveLength(0);
  });
});

describe("README: Writing a provider module", () => {
  it("defines a provider that a fake server runs", async () => {
    // README: Writing a provider module
    // (the block's import stands at the top of the file: imports are hoisted)
    const acme = defineProvider({
      name: "acme",
      defaultAuth: { apiKey: "acme_test_key" },
      rateLimit: { requests: 120, perSeconds: 60 }, // the spec's x-rate-limit
      requestIdHeader: "x-request-id",
      createState: (options, rng) => ({
        users: Array.from({ length: options.users }, () => ({ id: rng.id("usr"), createdAt: rng.isoDate() })),
      }),
      routes: [
        {
          method: "GET",
          path: "/v1/users/{userId}",
          handler: (ctx) => {
            const user = ctx.state.users.find((u) => u.id === ctx.params.userId);
            return user ? json(200, user) : ctx.error(404, "not_found", "No such user");
          },
        },
      ],
      authenticate: (ctx) =>
        ctx.header("authorization") === `Bearer ${ctx.options.auth.apiKey}`
          ? { ok: true, principal: "key" }
          : { ok: false, response: ctx.error(401, "unauthorized", "Invalid API key") },
      rateLimited: (ctx) => ctx.error(429, "rate_limited", "Slow down"),
      error: (ctx, p) => json(p.status, { error: { code: p.code, message: p.message } }),
    });

    void [sliceAt, encodeCursor, decodeCursor, readInt];
    const server = await startFakeServer(acme, { users: 2 });
    open.push(server);
    const id = server.state.users[0]!.id;
    const auth = { authorization: "Bearer acme_test_key" };
    expect(await (await fetch(`${server.url}/v1/users/${id}`, { headers: auth })).json()).toMatchObject({
      id,
    });
    expect((await fetch(`${server.url}/v1/users/nobody`, { headers: auth })).status).toBe(404);
    expect((await fetch(`${server.url}/v1/users/${id}`)).status).toBe(401);
  });
});
