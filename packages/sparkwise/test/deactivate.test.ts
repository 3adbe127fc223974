import { describe, expect, it } from "vitest";
import { ValidationError, createSparkwiseClient } from "../src/index.js";
import { chunkSizes, clientFor, startSparkwise } from "./fixtures.js";

const DEACTIVATE = "/users/batch-deactivate";

/** `count` refs to the fake's seeded users `ext-00001`…; every 15th names nobody. */
function refs(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    remoteId: i % 15 === 4 ? `ext-ghost-${i}` : `ext-${String(i + 1).padStart(5, "0")}`,
  }));
}

describe("deactivateUsers", () => {
  it("deactivates in chunks of 200, reports unknown users, and accounts for each ref once", async () => {
    const server = await startSparkwise({ users: 500 });
    const input = refs(450);
    const progress: number[] = [];
    const { succeeded, failed } = await clientFor(server).deactivateUsers(input, {
      onProgress: (p) => progress.push(p.done),
    });
    const ghosts = input.filter((r) => r.remoteId.startsWith("ext-ghost"));
    expect(failed).toEqual(ghosts.map((member) => ({ member, reason: "User not found" })));
    expect(succeeded).toEqual(input.filter((r) => !ghosts.includes(r)));
    expect(chunkSizes(server, DEACTIVATE).sort()).toEqual([200, 200, 50]);
    expect(progress.sort((a, b) => a - b)).toEqual([200, 400, 450]);
    const inactive = new Set(succeeded.map((r) => r.remoteId));
    for (const user of server.state.users) if (inactive.has(user.remoteId!)) expect(user.active).toBe(false);
    expect(server.ledger.effectsOf("deactivate").sort()).toEqual([...inactive].sort());
  });

  it("keeps deactivated users in the list with active: false", async () => {
    const server = await startSparkwise({ users: 4 });
    const client = clientFor(server);
    await client.deactivateUsers([{ remoteId: "ext-00003" }]);
    const users = await client.paginate("/users").toArray();
    expect(users.map((u) => u.remoteId)).toEqual(["ext-00001", "ext-00002", "ext-00003", "ext-00004"]);
    expect(users[2]!.active).toBe(false);
  });

  it("retries a chunk that got a 503: each user is deactivated once", async () => {
    const server = await startSparkwise({ users: 300, faults: ["ok", "503"] });
    const input = refs(300).filter((r) => !r.remoteId.startsWith("ext-ghost"));
    const { succeeded, failed } = await clientFor(server).deactivateUsers(input, { concurrency: 1 });
    expect(failed).toEqual([]);
    expect(succeeded).toEqual(input);
    expect(server.ledger.faults["503"]).toBe(1);
    expect(server.ledger.effectsOf("deactivate")).toEqual(input.map((r) => r.remoteId));
  });

  it("fails a whole chunk when retries are off and the server answers 500", async () => {
    const server = await startSparkwise({ users: 300, faults: ["500"] });
    const input = refs(250).filter((r) => !r.remoteId.startsWith("ext-ghost"));
    const { succeeded, failed } = await clientFor(server).deactivateUsers(input, {
      concurrency: 1,
      retry: false,
    });
    expect(failed.map((f) => f.member)).toEqual(input.slice(0, 200));
    expect(failed.every((f) => f.status === 500)).toBe(true);
    expect(succeeded).toEqual(input.slice(200));
  });

  it("refuses a ref without remoteId, or one given twice, before any request", async () => {
    const server = await startSparkwise();
    const client = clientFor(server);
    await expect(client.deactivateUsers([{ remoteId: "a" }, {} as never])).rejects.toMatchObject({
      name: "ValidationError",
      field: "users[1].remoteId",
    });
    const twice = await client
      .deactivateUsers([{ remoteId: "a" }, { remoteId: "a" }])
      .catch((e: unknown) => e);
    expect(twice).toBeInstanceOf(ValidationError);
    expect(twice).toMatchObject({ field: "users[1].remoteId", rule: "unique" });
    expect(server.requests).toEqual([]);
  });
});

describe("deactivateUsers with deactivateBody (the body's names are a guess)", () => {
  it("sends the members under the configured property and matches failures by the configured key", async () => {
    const server = await startSparkwise({
      users: 300,
      records: { deactivateBody: { property: "userRefs", key: "id" } },
    });
    const client = clientFor(server, { deactivateBody: { property: "userRefs", key: "id" } });
    const ids = server.state.users.slice(0, 250).map((u) => u.id);
    const input = [...ids.map((id) => ({ id })), { id: "no-such-user" }];
    const { succeeded, failed } = await client.deactivateUsers(input);
    expect(failed).toEqual([{ member: { id: "no-such-user" }, reason: "User not found" }]);
    expect(succeeded).toEqual(input.slice(0, 250));
    expect(chunkSizes(server, DEACTIVATE, "userRefs").sort()).toEqual([200, 51]);
    expect(server.state.users.slice(0, 250).every((u) => u.active === false)).toBe(true);
    expect(server.ledger.effectsOf("deactivate").sort()).toEqual([...ids].sort());
  });

  it("with the spec's names against a server that wants others, every member fails with the 400", async () => {
    const server = await startSparkwise({
      users: 3,
      records: { deactivateBody: { property: "userRefs", key: "id" } },
    });
    const { succeeded, failed } = await clientFor(server, { retry: false }).deactivateUsers([
      { remoteId: "ext-00001" },
    ]);
    expect(succeeded).toEqual([]);
    expect(failed).toMatchObject([{ member: { remoteId: "ext-00001" }, status: 400 }]);
    expect(failed[0]!.reason).toMatch(/userRefs is required/);
  });

  it("names the configured property and key in a member's ValidationError, before any request", async () => {
    const server = await startSparkwise();
    const client = clientFor(server, { deactivateBody: { property: "refs", key: "userId" } });
    await expect(client.deactivateUsers([{ userId: "a" }, { userId: "" }])).rejects.toMatchObject({
      name: "ValidationError",
      field: "refs[1].userId",
      rule: "minLength",
    });
    await expect(client.deactivateUsers([{ userId: "a" }, {} as never])).rejects.toMatchObject({
      field: "refs[1].userId",
      rule: "required",
    });
    await expect(client.deactivateUsers([{ userId: "a" }, { userId: "a" }])).rejects.toMatchObject({
      field: "refs[1].userId",
      rule: "unique",
    });
    expect(server.requests).toEqual([]);
  });

  it("refuses a deactivateBody that is not an object or names that are not plain property names", () => {
    const bad: [unknown, string][] = [
      ["users", "deactivateBody"],
      [null, "deactivateBody"],
      [[], "deactivateBody"],
      [{ property: "" }, "deactivateBody.property"],
      [{ property: "a/b" }, "deactivateBody.property"],
      [{ property: 7 }, "deactivateBody.property"],
      [{ key: "remote id" }, "deactivateBody.key"],
      [{ key: "x".repeat(65) }, "deactivateBody.key"],
      [{ key: "~0" }, "deactivateBody.key"],
    ];
    for (const [deactivateBody, field] of bad) {
      const create = () => createSparkwiseClient({ apiKey: "k", deactivateBody: deactivateBody as never });
      expect(create).toThrow(ValidationError);
      expect(create).toThrow(expect.objectContaining({ field }));
    }
    expect(() =>
      createSparkwiseClient({ apiKey: "k", deactivateBody: { property: "user_refs", key: "user-id" } }),
    ).not.toThrow();
  });
});
