import { describe, expect, it } from "vitest";
import { type UserTemplate, ValidationError } from "../src/index.js";
import { chunkSizes, clientFor, startSparkwise, templates } from "./fixtures.js";

const UPSERT = "/users/batch-upsert";

/** 1,000 members; every 97th has an `invalid-` remoteId and every 89th an untrusted e-mail. */
function thousand() {
  return templates(1000).map((user, i) => {
    if (i % 97 === 5) return { ...user, remoteId: `invalid-${i}` };
    if (i % 89 === 7) return { ...user, email: `user${i}@untrusted.example` };
    return user;
  });
}

describe("upsertUsers", () => {
  it("accounts for 1,000 users exactly once when some members and one whole chunk fail", async () => {
    const server = await startSparkwise({ users: 0, faults: ["ok", "ok", "500"] });
    const users: UserTemplate[] = thousand();
    const progress: { done: number; total: number; failed: number }[] = [];
    const { succeeded, failed } = await clientFor(server).upsertUsers(users, {
      retry: false,
      onProgress: (p) => progress.push(p),
    });

    const all = [...succeeded, ...failed.map((f) => f.member)];
    expect(all).toHaveLength(1000);
    expect(new Set(all)).toEqual(new Set(users));

    const whole = failed.filter((f) => f.status === 500);
    expect(whole).toHaveLength(200);
    const start = users.indexOf(whole[0]!.member);
    expect(start % 200).toBe(0);
    expect(whole.map((f) => f.member)).toEqual(users.slice(start, start + 200));
    expect(whole[0]!.reason).toMatch(/500/);

    const partial = failed.filter((f) => f.status === undefined);
    const expected = users.filter(
      (u, i) => (i < start || i >= start + 200) && (i % 97 === 5 || i % 89 === 7),
    );
    expect(partial.map((f) => f.member)).toEqual(expected);
    for (const f of partial)
      expect(f.reason).toBe(
        f.member.remoteId.startsWith("invalid-")
          ? "This user cannot be processed"
          : "User is not using a trusted domain",
      );

    const written = succeeded.map((u) => u.remoteId).sort();
    expect(server.state.users.map((u) => u.remoteId).sort()).toEqual(written);
    expect(server.ledger.effectsOf("upsert").sort()).toEqual(written);
    expect(chunkSizes(server, UPSERT)).toEqual([200, 200, 200, 200, 200]);
    expect(progress.map((p) => p.done)).toEqual([200, 400, 600, 800, 1000]);
    expect(progress.at(-1)).toEqual({ done: 1000, total: 1000, failed: failed.length });
  });

  it("retries a chunk that got a 503 (the upsert is x-idempotent): each user lands once", async () => {
    const server = await startSparkwise({ users: 0, faults: ["503"] });
    const users = templates(450);
    const { succeeded, failed } = await clientFor(server).upsertUsers(users, { concurrency: 3 });
    expect(failed).toEqual([]);
    expect(succeeded).toEqual(users);
    expect(server.ledger.faults["503"]).toBe(1);
    expect(chunkSizes(server, UPSERT).sort()).toEqual([200, 200, 200, 50]);
    expect(server.ledger.effectsOf("upsert").sort()).toEqual(users.map((u) => u.remoteId));
  });

  it("resends a chunk whose response was lost; the state holds each user once", async () => {
    const server = await startSparkwise({ users: 0, faults: ["reset"] });
    const users = templates(250);
    const { succeeded } = await clientFor(server).upsertUsers(users, { concurrency: 1 });
    expect(succeeded).toEqual(users);
    expect(server.state.users.map((u) => u.remoteId)).toEqual(users.map((u) => u.remoteId));
    expect(server.ledger.effectsOf("upsert")).toHaveLength(450);
  });

  it("updates existing users, which the list then shows", async () => {
    const server = await startSparkwise({ users: 5 });
    const client = clientFor(server);
    await client.upsertUsers([{ remoteId: "ext-00002", firstName: "Renamed", active: false }]);
    const listed = await client.paginate("/users").toArray();
    expect(listed).toHaveLength(5);
    expect(listed[1]).toMatchObject({ remoteId: "ext-00002", firstName: "Renamed", active: false });
  });

  it("sends nothing for no users", async () => {
    const server = await startSparkwise();
    expect(await clientFor(server).upsertUsers([])).toEqual({ succeeded: [], failed: [] });
    expect(server.requests).toEqual([]);
  });

  it.each([
    [[{ remoteId: "a" }, { remoteId: "" }], "users[1].remoteId", "minLength"],
    [[{ remoteId: 7 }], "users[0].remoteId", "type"],
    [[[{ remoteId: "a" }]], "users[0]", "type"],
    [[{ firstName: "A" }], "users[0].remoteId", "required"],
    [[{ remoteId: "a" }, { remoteId: "b" }, { remoteId: "a" }], "users[2].remoteId", "unique"],
    [[{ remoteId: "a", active: "yes" }], "users[0].active", "type"],
    [[{ remoteId: "a", email: 7 }], "users[0].email", "type"],
    [[null], "users[0]", "type"],
  ])("refuses bad members before any request %#", async (users, field, rule) => {
    const server = await startSparkwise();
    const error = await clientFor(server)
      .upsertUsers(users as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field, rule });
    expect(server.requests).toEqual([]);
  });
});
