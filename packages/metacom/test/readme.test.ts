/**
 * Every ```ts block of README.md, run against the metacom fake. The blocks use `baseUrl`, `token`,
 * `environmentId` and `userId`, defined here first; what they print is captured and checked.
 */
import { startFakeServer } from "@clientele/testing";
import { afterAll, describe, expect, it, vi } from "vitest";
import { isApiError, isValidationError } from "@clientele/metacom";

const server = await startFakeServer("metacom", { users: 60, seed: 1 });
afterAll(() => server.close());
const printed: unknown[][] = [];
vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void printed.push(args));
const baseUrl = server.url;
const { token, environmentId } = server.auth;
const userId = server.state.users[0]!._id;

// README: Quickstart
import { createMetacomClient, unwrap } from "@clientele/metacom";

const client = createMetacomClient({ baseUrl, token, environmentId });

for await (const user of client.paginate("/users", { params: { query: { limit: 100 } } })) {
  console.log(user._id, user.username);
}

const { data } = await unwrap(client.GET("/usage-statistics/active-users"));
console.log(`${data.activeUsers} active users`);

describe("README", () => {
  it("quickstart: lists every user and counts the active ones", () => {
    expect(printed.slice(0, 60)).toEqual(server.state.users.map((u) => [u._id, u.username]));
    expect(printed[60]![0]).toMatch(/^\d+ active users$/);
  });

  it("credentials and servers", async () => {
    process.env.METACOM_TOKEN = token;
    process.env.METACOM_ENVIRONMENT_ID = environmentId;
    // README: Credentials and servers
    const production = createMetacomClient({
      domain: "acme.metacom.example", // requests go to https://acme.metacom.example/api/v2
      token: process.env.METACOM_TOKEN!,
      environmentId: process.env.METACOM_ENVIRONMENT_ID!,
    });
    expect(production.baseUrl).toBe("https://acme.metacom.example/api/v2");
    printed.length = 0;
    // README: missing options
    try {
      createMetacomClient({ domain: "acme.metacom.example", token: "", environmentId: "" });
    } catch (error) {
      if (isValidationError(error)) console.log(error.field, error.message);
      // token createMetacomClient: missing token and environmentId
    }
    expect(printed).toEqual([["token", "createMetacomClient: missing token and environmentId"]]);
  });

  it("pagination", async () => {
    printed.length = 0;
    // README: Pagination
    for await (const page of client.paginate("/users", { params: { query: { limit: 25 } } }).pages()) {
      console.log(page.page, page.items.length, page.query.after ?? "(first page)");
    }
    // 0 25 (first page)
    // 1 25 <_id of the 25th user>   (`after`, from the previous page's `pagination.next`)
    // 2 10 <_id of the 50th user>

    const firstTen = await client.paginate("/users").toArray({ max: 10 });
    expect(printed.map((p) => p.slice(0, 2))).toEqual([
      [0, 25],
      [1, 25],
      [2, 10],
    ]);
    expect(printed[1]![2]).toBe(server.state.users[24]!._id);
    expect(firstTen).toHaveLength(10);
  });

  it("resuming a walk", async () => {
    // README: Resume
    const walk = client.paginate("/users", { params: { query: { limit: 25 } } });
    const head = await walk.toArray({ max: 30 });
    const saved = JSON.stringify(walk.position); // store it anywhere
    const tail = await client.paginate("/users", {}, { resume: JSON.parse(saved) }).toArray();
    console.log(head.length + tail.length); // 60: every user once
    expect([...head, ...tail].map((u) => u._id)).toEqual(server.state.users.map((u) => u._id));
  });

  it("errors", async () => {
    printed.length = 0;
    // README: Errors
    try {
      await client.getUser("6830ffffffffffffffffffff");
    } catch (error) {
      if (isApiError(error)) console.log(error.status, error.code, error.providerMessage);
      // 404 not_found User not found
    }

    const { error, response } = await client.GET("/users/{userId}", {
      params: { path: { userId: "6830ffffffffffffffffffff" } },
    });
    console.log(response.status, error?.error); // 404 not_found
    expect(printed).toEqual([
      [404, "not_found", "User not found"],
      [404, "not_found"],
    ]);
  });

  it("retries and deadlines", async () => {
    // README: Retries and deadlines
    const patient = createMetacomClient({
      baseUrl,
      token,
      environmentId,
      retry: { retries: 4, maxDelayMs: 2_000 }, // GETs; the POSTs are never retried
      timeoutMs: 10_000, // per attempt
      deadlineMs: 30_000, // the whole call, retries included
    });
    expect(await patient.getUser(userId)).toMatchObject({ _id: userId });
  });

  it("helpers", async () => {
    printed.length = 0;
    // README: Helpers
    const user = await client.getUser(userId); // one User, whichever shape the server sends
    console.log(user.username, user.profile?.environments?.[environmentId]?.active);

    const minted = await client.createLongLivedToken(userId); // never retried
    console.log(minted.createdOn); // store minted.token now: it may not be shown again

    await unwrap(client.POST("/auth/reset-password", { body: { email: user.username } }));
    await unwrap(client.POST("/auth/reset-2FA", { body: { userId } }));
    expect(printed[0]![0]).toBe(server.state.users[0]!.username);
    expect(server.ledger.effectsOf("mint-token")).toEqual([userId]);
    expect(server.ledger.effectsOf("reset-password")).toEqual([userId]);
    expect(server.ledger.effectsOf("reset-2fa")).toEqual([userId]);
  });

  it("testing against the fake", async () => {
    // README: Testing
    const fake = await startFakeServer("metacom", { users: 100, seed: 7, faults: ["503", "ok"] });
    const test = createMetacomClient({ ...fake.auth, baseUrl: fake.url });
    const all = await test.paginate("/users", { params: { query: { limit: 30 } } }).toArray();
    console.log(all.length, fake.ledger.faults["503"]); // 100 1 — the 503 was retried
    await fake.close();
    expect(all).toHaveLength(100);
  });
});
