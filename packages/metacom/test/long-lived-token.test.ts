import { describe, expect, it } from "vitest";
import { ApiError, NetworkError, ValidationError } from "../src/index.js";
import { clientOf, startFake } from "./fake.js";

describe("createLongLivedToken", () => {
  it("mints a token and returns it; the token then works as a credential", async () => {
    const server = await startFake({ users: 3 });
    const userId = server.state.users[1]!._id;
    const minted = await clientOf(server).createLongLivedToken(userId, { name: "nightly sync" });
    expect(minted).toMatchObject({ token: expect.stringMatching(/^mc_lt_/), name: "nightly sync" });
    expect(Date.parse(minted.createdOn!)).not.toBeNaN();
    expect(server.ledger.effectsOf("mint-token")).toEqual([userId]);
    const asUser = clientOf(server, { token: minted.token });
    expect(await asUser.paginate("/users").toArray()).toHaveLength(3);
  });

  it("mints a new token on every call", async () => {
    const server = await startFake({ users: 1 });
    const client = clientOf(server);
    const userId = server.state.users[0]!._id;
    const [a, b] = [await client.createLongLivedToken(userId), await client.createLongLivedToken(userId)];
    expect(a.token).not.toBe(b.token);
    expect(server.requests.map((r) => r.body)).toEqual([{}, {}]);
  });

  it("is not retried after a 503: one request, no second attempt", async () => {
    const server = await startFake({ users: 1, faults: ["503"] });
    const error = await clientOf(server)
      .createLongLivedToken(server.state.users[0]!._id)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 503, code: "service_unavailable", attempts: 1 });
    expect(server.requests).toHaveLength(1);
    expect(server.ledger.effectsOf("mint-token")).toEqual([]);
  });

  it("is not retried after a reset: the ledger shows exactly one mint", async () => {
    const server = await startFake({ users: 1, faults: ["reset"] });
    const userId = server.state.users[0]!._id;
    const error = await clientOf(server)
      .createLongLivedToken(userId)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(server.requests).toHaveLength(1);
    expect(server.ledger.effectsOf("mint-token")).toEqual([userId]);
    expect(server.state.tokens).toHaveLength(1);
  });

  it("while a GET after a 503 is retried (retries are on)", async () => {
    const server = await startFake({ users: 1, faults: ["503"] });
    expect(await clientOf(server).getUser(server.state.users[0]!._id)).toMatchObject({
      _id: server.state.users[0]!._id,
    });
    expect(server.requests.map((r) => r.status)).toEqual([503, 200]);
  });

  it("reports the server's 403 and 404 as ApiErrors", async () => {
    const server = await startFake({ users: 2 });
    const [me, other] = server.state.users;
    me!.profile.environments!.acme_prod!.admin = false;
    const mine = await clientOf(server).createLongLivedToken(me!._id);
    const forbidden = await clientOf(server, { token: mine.token })
      .createLongLivedToken(other!._id)
      .catch((e: unknown) => e);
    expect(forbidden).toMatchObject({
      status: 403,
      code: "forbidden",
      providerMessage: "Not allowed to create tokens for this user",
    });
    const missing = await clientOf(server)
      .createLongLivedToken("nobody")
      .catch((e: unknown) => e);
    expect(missing).toMatchObject({ status: 404, code: "not_found", providerMessage: "User not found" });
  });

  it.each([
    ["", "path-segment"],
    ["..", "path-segment"],
  ])("refuses the userId %j before any request", async (userId, rule) => {
    const server = await startFake();
    const error = await clientOf(server)
      .createLongLivedToken(userId)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field: "path.userId", rule });
    expect(server.requests).toEqual([]);
  });
});
