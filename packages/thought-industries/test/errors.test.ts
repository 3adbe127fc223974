import { describe, expect, it } from "vitest";
import {
  ApiError,
  MalformedResponseError,
  RateLimitError,
  TimeoutError,
  isApiError,
  unwrap,
} from "../src/index.js";
import { clientFor, startTi } from "./fixtures.js";

describe("errors", () => {
  it("reads a 401 with an empty body as ApiError 401, without the key", async () => {
    const server = await startTi({ users: 1 });
    const error = await unwrap(clientFor(server, { apiKey: "ti_test_revoked_000" }).GET("/ping")).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: undefined });
    expect(JSON.stringify(error)).not.toContain("ti_test_revoked_000");
  });

  it("retries a 429 after Retry-After and succeeds", async () => {
    const server = await startTi({ users: 1, faults: ["429"], retryAfterSeconds: 0 });
    expect(await unwrap(clientFor(server).GET("/ping"))).toEqual({ valid: true });
    expect(server.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it("gives a RateLimitError with the code, message and wait once retries are spent", async () => {
    const server = await startTi({ users: 1, faults: ["429"], retryAfterSeconds: 7 });
    const error = await unwrap(clientFor(server, { retry: false }).GET("/ping")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, code: "rate_limit_exceeded", retryAfterMs: 7000 });
    expect((error as RateLimitError).providerMessage).toMatch(/Retry after 7 seconds/);
  });

  it('takes the message of a {errors: ["…"]} validation body', async () => {
    const server = await startTi({ users: 1 });
    const id = server.state.users[0]!.id;
    const call = clientFor(server).POST("/users/{id}/resetProgress", {
      params: { path: { id } },
      body: { slug: "", revokeAccess: true },
    });
    await expect(unwrap(call)).rejects.toMatchObject({ status: 400, providerMessage: "slug is required" });
  });

  it("reads a 5xx {error, message} body after the retries", async () => {
    const server = await startTi({ users: 1, faults: ["503", "503", "503"] });
    await expect(unwrap(clientFor(server).GET("/ping"))).rejects.toMatchObject({
      status: 503,
      code: "service_unavailable",
      attempts: 3,
    });
  });

  it("fails with MalformedResponseError on an HTML 200, and TimeoutError past the deadline", async () => {
    const server = await startTi({ users: 1, faults: ["html-200"] });
    await expect(unwrap(clientFor(server, { retry: false }).GET("/ping"))).rejects.toBeInstanceOf(
      MalformedResponseError,
    );
    const slow = await startTi({ users: 1, latencyMs: 300 });
    await expect(unwrap(clientFor(slow, { deadlineMs: 50 }).GET("/ping"))).rejects.toBeInstanceOf(
      TimeoutError,
    );
  });
});

describe("isApiError, typed for Thought Industries' operations", () => {
  it("narrows the getUser helper's 404 to GET /users/{id} and its error list", async () => {
    const server = await startTi({ users: 1 });
    const error = await clientFor(server)
      .getUser("nobody@example.com")
      .catch((e: unknown) => e);
    expect(isApiError(error, "GET /users")).toBe(false);
    if (!isApiError(error, "GET /users/{id}") || error.status !== 404) throw error;
    expect(error.body.errors?.[0]).toMatchObject({ message: "User not found" });
  });

  it("narrows a 429 of paginate to its documented body: rate_limit_exceeded and retryAfter", async () => {
    const server = await startTi({ users: 3, faults: ["429"], retryAfterSeconds: 9 });
    const error = await clientFor(server, { retry: false })
      .paginate("/users")
      .toArray()
      .catch((e: unknown) => e);
    if (!isApiError(error, "GET /users") || error.status !== 429) throw error;
    expect(error).toBeInstanceOf(RateLimitError);
    expect([error.code, error.body.error, error.body.retryAfter]).toEqual([
      "rate_limit_exceeded",
      "rate_limit_exceeded",
      9,
    ]);
  });
});
