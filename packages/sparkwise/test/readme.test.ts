/**
 * Runs every ```ts block of the README, verbatim, against the fake (a root test checks that each
 * block stands in this file). The blocks are module code, in README order: their `import`s are
 * hoisted, so the setup below may come first. It defines what the blocks take as given:
 * `baseUrl` (the fake's URL) and the `SPARKWISE_API_KEY` environment variable.
 */
import { startFakeServer as startFake } from "@clientele/testing";
import { afterAll, describe, expect, it, vi } from "vitest";

declare const process: { env: Record<string, string | undefined> };

const server = await startFake("sparkwise", { users: 30, seed: 11 });
const baseUrl = server.url;
process.env.SPARKWISE_API_KEY = server.auth.apiKey;
const logged: string[] = [];
const log = vi
  .spyOn(console, "log")
  .mockImplementation((...args: unknown[]) => void logged.push(args.join(" ")));
afterAll(async () => {
  log.mockRestore();
  await server.close();
});

// README: Quickstart
import { createSparkwiseClient } from "@clientele/sparkwise";

const client = createSparkwiseClient({ apiKey: process.env.SPARKWISE_API_KEY!, baseUrl });

const { succeeded, failed } = await client.upsertUsers([
  { remoteId: "ext-1001", firstName: "Nadia", lastName: "Haddad", email: "nadia.haddad@example.com" },
  { remoteId: "ext-1002", firstName: "Priya", lastName: "Raman", email: "priya@elsewhere.example" },
]);
console.log(`${succeeded.length} written`);
for (const { member, reason } of failed) console.log(member.remoteId, reason);

// README: Credentials, servers, retries and deadlines
const configured = createSparkwiseClient({
  apiKey: process.env.SPARKWISE_API_KEY!,
  baseUrl, // default: https://account-api.sparkwise.co
  apiKeyHeader: "x-api-key", // the default; change it if your account uses another header
  retry: { retries: 4, baseDelayMs: 250 }, // or a number, or false
  timeoutMs: 10_000, // per attempt
  deadlineMs: 60_000, // the whole call, retries included
});
const recent = await configured.listCompletions({ from: "2025-01-01T00:00:00Z" }, { retry: false });

// README: Pagination
for await (const user of client.paginate("/users", { params: { query: { pageSize: 100 } } })) {
  if (!user.active) console.log("inactive:", user.remoteId);
}
const everyone = await client.paginate("/users").toArray({ max: 50_000 });
const oneByOne = await client.paginate("/users", undefined, { concurrency: 1, prefetch: false }).toArray();

// README: Clusters and completions
const clusters = await client.listClusters({
  from: new Date("2024-01-01T00:00:00Z"),
  to: "2025-01-01T00:00:00Z",
});
const completions = await client.listCompletions({
  from: "2024-06-01",
  to: new Date("2024-07-01T00:00:00Z"),
});
const attended = completions.filter((c) => c.attended).map((c) => c.remoteUserId);

// README: Batch upsert and deactivate
const roster = everyone.map((u) => ({ remoteId: u.remoteId!, firstName: u.firstName, active: true }));
const result = await client.upsertUsers(roster, {
  concurrency: 2,
  onProgress: ({ done, total, failed }) => console.log(`${done}/${total}, ${failed} failed`),
});
const gone = await client.deactivateUsers([{ remoteId: "ext-1001" }, { remoteId: "ext-unknown" }]);
for (const f of gone.failed) console.log(f.member.remoteId, f.reason, f.status ?? "(per member)");

// README: Errors
import { ApiError, ValidationError, unwrap } from "@clientele/sparkwise";

try {
  await client.listClusters({ from: "2024-06-01T00:00:00Z", to: "2024-01-01T00:00:00Z" });
} catch (error) {
  if (error instanceof ValidationError) console.log(error.field, error.rule); // query.from lessThan
}
try {
  await createSparkwiseClient({ apiKey: "wrong", baseUrl }).listClusters();
} catch (error) {
  if (error instanceof ApiError) console.log(error.status, error.providerMessage); // 401 Invalid API key
}
const { data, error, response } = await client.GET("/users", {
  params: { query: { page: 1, pageSize: 10 } },
});
const page = await unwrap(client.GET("/users", { params: { query: { page: 1, pageSize: 10 } } }));

// README: Testing with the fake
import { startFakeServer } from "@clientele/testing";

const fake = await startFakeServer("sparkwise", { users: 250, seed: 7, faults: ["503"] });
const tested = createSparkwiseClient({ ...fake.auth, baseUrl: fake.url });
const listed = await tested.paginate("/users").toArray(); // the 503 is retried
await fake.close();

describe("README examples", () => {
  it("quickstart: one user written, one outside the trusted domains", () => {
    expect(succeeded.map((u) => u.remoteId)).toEqual(["ext-1001"]);
    expect(logged).toContain("ext-1002 User is not using a trusted domain");
  });

  it("configured client, pagination and windows", () => {
    const since2025 = server.state.completions.filter(
      (c) => c.sessionScheduledStartAt! >= "2025-01-01T00:00:00Z",
    );
    expect(recent).toEqual(since2025);
    expect(everyone.map((u) => u.remoteId)).toEqual(server.state.users.map((u) => u.remoteId));
    expect(everyone).toHaveLength(31);
    expect(oneByOne.map((u) => u.id)).toEqual(everyone.map((u) => u.id));
    expect(logged.filter((l) => l.startsWith("inactive:")).length).toBeGreaterThan(0);
    expect(clusters.length).toBeGreaterThan(0);
    expect(attended.every((id) => typeof id === "string")).toBe(true);
  });

  it("batches: every member accounted for", () => {
    expect(result.succeeded).toEqual(roster);
    expect(logged).toContain(`${roster.length}/${roster.length}, 0 failed`);
    expect(gone.succeeded).toEqual([{ remoteId: "ext-1001" }]);
    expect(logged).toContain("ext-unknown User not found (per member)");
  });

  it("errors and raw calls", () => {
    expect(logged).toContain("query.from lessThan");
    expect(logged).toContain("401 Invalid API key");
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.data.items).toEqual(page.data.items);
    expect(page.data).toMatchObject({ page: 1, size: 10, total: 31 });
  });

  it("the fake", () => {
    expect(listed).toEqual(fake.state.users);
    expect(fake.ledger.faults["503"]).toBe(1);
  });
});
