import { describe, expect, it } from "vitest";
import { ApiError, ValidationError, createSparkwiseClient, isApiError, unwrap } from "../src/index.js";
import { clientFor, startSparkwise } from "./fixtures.js";

/** The documented response sample of batch deactivate: a failure envelope, sent with a 200. */
const FAILURE_SAMPLE = { success: false, error: { message: "Error message", metadata: {} }, data: null };

/** A `fetch` that answers every POST with the documented failure sample and passes the rest on. */
const failingPosts = (request: Request) =>
  request.method === "POST"
    ? Promise.resolve(Response.json(FAILURE_SAMPLE, { status: 200 }))
    : globalThis.fetch(request);

describe("errors", () => {
  it("a 200 with success: false surfaces as ApiError via unwrap", async () => {
    const server = await startSparkwise();
    const client = clientFor(server, { fetch: failingPosts });
    const result = await client.POST("/users/batch-deactivate", {
      body: { users: [{ remoteId: "ext-00001" }] },
    });
    expect(result.response.status).toBe(200);
    const error = await unwrap(result).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 200, providerMessage: "Error message", body: FAILURE_SAMPLE });
  });

  it("a chunk answered with success: false marks each of its members failed", async () => {
    const server = await startSparkwise();
    const users = [{ remoteId: "ext-00001" }, { remoteId: "ext-00002" }];
    const { succeeded, failed } = await clientFor(server, { fetch: failingPosts }).deactivateUsers(users);
    expect(succeeded).toEqual([]);
    expect(failed.map((f) => [f.member, f.status])).toEqual([
      [users[0], 200],
      [users[1], 200],
    ]);
    expect(failed[0]!.reason).toMatch(/Error message/);
  });

  it("a wrong key gives a 401 ApiError with the provider's message and never the key", async () => {
    const server = await startSparkwise();
    const apiKey = "swk_live_wrong_0123456789abcdef";
    const client = createSparkwiseClient({ apiKey, baseUrl: server.url });
    const error = (await client.listClusters().catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, providerMessage: "Invalid API key", attempts: 1 });
    expect(JSON.stringify(error) + error.message + error.stack).not.toContain(apiKey);
    const batch = await client.upsertUsers([{ remoteId: "a" }]);
    expect(batch.failed[0]).toMatchObject({ status: 401 });
    expect(JSON.stringify(batch)).not.toContain(apiKey);
  });

  it("sends the key in x-api-key, or in the header apiKeyHeader names", async () => {
    const server = await startSparkwise();
    const seen: (string | null)[] = [];
    const spy = (request: Request) => (
      seen.push(request.headers.get("x-org-key")),
      globalThis.fetch(request)
    );
    await expect(clientFor(server).listCompletions()).resolves.toBeInstanceOf(Array);
    const renamed = clientFor(server, { apiKeyHeader: "x-org-key", fetch: spy });
    await expect(renamed.listCompletions()).rejects.toMatchObject({ status: 401 });
    expect(seen).toEqual([server.auth.apiKey]);
  });

  it("refuses a missing key or a bad header name at construction", () => {
    expect(() => createSparkwiseClient({ apiKey: "" })).toThrow(ValidationError);
    expect(() => createSparkwiseClient({ apiKey: "k", apiKeyHeader: "bad header" })).toThrow(/apiKeyHeader/);
  });

  it("retries a 503 on a read and gives up with the status after the retries", async () => {
    const server = await startSparkwise({ faults: ["503", "503", "503", "503"] });
    const client = clientFor(server);
    const error = (await client.listClusters().catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ status: 503, attempts: 3 });
    expect(await client.listClusters()).toHaveLength(5);
  });
});

describe("isApiError, typed for Sparkwise's operations", () => {
  it("narrows the listClusters helper's 401 to GET /clusters and its envelope", async () => {
    const server = await startSparkwise();
    const client = createSparkwiseClient({ apiKey: "swk_live_wrong_0123456789abcdef", baseUrl: server.url });
    const error = await client.listClusters().catch((e: unknown) => e);
    expect(isApiError(error, "GET /users")).toBe(false);
    if (!isApiError(error, "GET /clusters") || error.status !== 401) throw error;
    expect([error.body.success, error.providerMessage]).toEqual([false, "Invalid API key"]);
  });

  it("narrows a 200 that reports failure, through unwrap, to the envelope", async () => {
    const server = await startSparkwise();
    const client = clientFor(server, { fetch: failingPosts });
    const error = await unwrap(
      client.POST("/users/batch-deactivate", { body: { users: [{ remoteId: "ext-00001" }] } }),
    ).catch((e: unknown) => e);
    if (!isApiError(error, "POST /users/batch-deactivate") || error.status !== 200) throw error;
    expect(error.body).toEqual(FAILURE_SAMPLE);
    expect(typeof error.body.error == "string" ? error.body.error : error.body.error.message).toBe(
      "Error message",
    );
  });
});
