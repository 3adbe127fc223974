import { afterEach, describe, expect, it } from "vitest";
import { defineProvider, json, startFakeServer, type FakeServer } from "../src/index";

// The README's example provider, kept compiling and working here.
const acme = defineProvider({
  name: "acme",
  defaultAuth: { apiKey: "acme_test_key" },
  rateLimit: { requests: 120, perSeconds: 60 },
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

let server: FakeServer<{ users: { id: string; createdAt: string }[] }, { apiKey: string }> | undefined;
afterEach(() => server?.close());

describe("defineProvider", () => {
  it("infers state and credentials, and serves the README's example", async () => {
    server = await startFakeServer(acme, { users: 3, auth: { apiKey: "my_own_key_123" } });
    const id = server.state.users[1]?.id ?? "";
    const res = await fetch(`${server.url}/v1/users/${id}`, {
      headers: { authorization: `Bearer ${server.auth.apiKey}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBe("req_00000001");
    expect(await res.json()).toMatchObject({ id });
    expect(
      (await fetch(`${server.url}/v1/users/${id}`, { headers: { authorization: "Bearer acme_test_key" } }))
        .status,
    ).toBe(401);
  });
});
