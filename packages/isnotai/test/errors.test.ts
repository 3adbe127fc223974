import { describe, expect, it } from "vitest";
import {
  ApiError,
  RateLimitError,
  ValidationError,
  createIsNotAiClient,
  isApiError,
  unwrap,
} from "../src/index";
import { UNKNOWN_KEY, clientOf, startFake } from "./fixtures";

describe("errors from the server", () => {
  it("turns a refused key into ApiError 401 INVALID_API_KEY that never holds the key", async () => {
    const server = await startFake();
    const client = createIsNotAiClient({ apiKey: UNKNOWN_KEY, baseUrl: server.url });
    const error = await unwrap(client.GET("/v1/users")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: "INVALID_API_KEY" });
    expect(`${(error as Error).message}${(error as Error).stack}${JSON.stringify(error)}`).not.toContain(
      UNKNOWN_KEY,
    );
    const paging = await client
      .paginate("/v1/users")
      .toArray()
      .catch((e: unknown) => e);
    expect(paging).toMatchObject({ status: 401, code: "INVALID_API_KEY" });
  });

  it("turns the tier's exhausted budget into a RateLimitError with the server's wait", async () => {
    const server = await startFake({ auth: { perMinute: { free: 2, pro: 2, enterprise: 2 } } });
    const client = clientOf(server, "free", { retry: { maxRetryAfterMs: 1_000 } });
    await unwrap(client.GET("/v1/stats"));
    await unwrap(client.GET("/v1/stats"));
    const error = await unwrap(client.GET("/v1/stats")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBeGreaterThan(1_000);
    expect(server.requests).toHaveLength(3);
  });

  it("reports 403 and 404 with the provider's codes", async () => {
    const server = await startFake();
    const client = clientOf(server);
    const get = (sessionId: string) =>
      unwrap(client.GET("/v1/sessions/{sessionId}", { params: { path: { sessionId } } }));
    await expect(get(server.state.foreignSessionIds[0]!)).rejects.toMatchObject({
      status: 403,
      code: "FORBIDDEN",
    });
    await expect(get("00000000-0000-0000-0000-000000000000")).rejects.toMatchObject({
      status: 404,
      code: "NOT_FOUND",
    });
  });

  it("retries getSessionDetails' 503, and gives up with ApiError 503 when the store stays down", async () => {
    const server = await startFake();
    const client = clientOf(server);
    const sessionId = server.state.sessions[0]!.id;
    const details = () =>
      unwrap(client.GET("/v1/sessions/{sessionId}/details", { params: { path: { sessionId } } }));
    server.setFaults(["503"]);
    expect((await details()).data?.sessionId).toBe(sessionId);
    server.state.detailsUnavailable = true;
    await expect(details()).rejects.toMatchObject({ status: 503, code: "SERVICE_UNAVAILABLE", attempts: 3 });
  });

  it("turns a cursor the server refuses into ApiError 400 naming the field", async () => {
    const server = await startFake();
    const result = await clientOf(server).GET("/v1/users", { params: { query: { cursor: "forged" } } });
    await expect(unwrap(result)).rejects.toMatchObject({
      status: 400,
      code: "VALIDATION_ERROR",
      body: { error: { details: { field: "cursor" } } },
    });
  });
});

describe("input refused before any request", () => {
  it.each([
    ["query.pageSize", "minimum", { pageSize: 0 }],
    ["query.pageSize", "maximum", { pageSize: 101 }],
    ["query.pageSize", "type", { pageSize: 2.5 }],
    ["query.startDate", "format", { startDate: "last-tuesday" }],
  ])("listSessions: %s (%s)", async (field, rule, query) => {
    const server = await startFake();
    const client = clientOf(server);
    await expect(client.GET("/v1/sessions", { params: { query: query as object } })).rejects.toMatchObject({
      field,
      rule,
    });
    await expect(
      client.paginate("/v1/sessions", { params: { query: query as object } }).toArray(),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it("refuses an analytics period outside the documented set, a negative epoch and a '..' id", async () => {
    const server = await startFake();
    const client = clientOf(server);
    await expect(
      client.GET("/v1/analytics", { params: { query: { period: "1y" as "7d" } } }),
    ).rejects.toMatchObject({ field: "query.period", rule: "enum" });
    const events = { params: { path: { sessionId: "s" }, query: { startTime: -1 } } };
    await expect(client.GET("/v1/sessions/{sessionId}/events", events)).rejects.toMatchObject({
      field: "query.startTime",
      rule: "minimum",
    });
    for (const userId of ["..", ".", ""])
      await expect(
        client.GET("/v1/users/{userId}/sessions", { params: { path: { userId } } }),
      ).rejects.toBeInstanceOf(ValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a time range that ends before it starts; equal bounds are one instant, and fine", async () => {
    const server = await startFake();
    const client = clientOf(server);
    const sessions = { startDate: "2026-06-20T00:00:00Z", endDate: "2026-06-01T00:00:00Z" };
    await expect(client.GET("/v1/sessions", { params: { query: sessions } })).rejects.toMatchObject({
      field: "query.startDate",
      rule: "notAfter",
    });
    const events = { params: { path: { sessionId: "s" }, query: { startTime: 2_000, endTime: 1_000 } } };
    await expect(client.GET("/v1/sessions/{sessionId}/events", events)).rejects.toMatchObject({
      field: "query.startTime",
      rule: "notAfter",
    });
    const usage = { startDate: "2026-06-02", endDate: "2026-06-01" };
    await expect(client.GET("/v1/usage", { params: { query: usage } })).rejects.toMatchObject({
      field: "query.startDate",
      rule: "notAfter",
    });
    expect(server.requests).toHaveLength(0);
    const instant = { startDate: "2026-06-20T00:00:00Z", endDate: "2026-06-20T00:00:00Z" };
    expect((await client.GET("/v1/sessions", { params: { query: instant } })).response.status).toBe(200);
  });
});

describe("isApiError, typed for Not AI's operations", () => {
  it("narrows a 401 of unwrap and of paginate to the operation that raised it, with its code", async () => {
    const server = await startFake();
    const client = createIsNotAiClient({ apiKey: UNKNOWN_KEY, baseUrl: server.url });
    const codes: string[] = [];
    for (const thrown of [
      await unwrap(client.GET("/v1/users")).catch((e: unknown) => e),
      await client
        .paginate("/v1/users")
        .toArray()
        .catch((e: unknown) => e),
    ]) {
      expect(isApiError(thrown, "GET /v1/sessions")).toBe(false);
      if (!isApiError(thrown, "GET /v1/users") || thrown.status !== 401) throw thrown;
      codes.push(thrown.body.error.code);
      expect(thrown.operation).toBe("GET /v1/users");
    }
    expect(codes).toEqual(["INVALID_API_KEY", "INVALID_API_KEY"]);
  });

  it("narrows a 404 to the session operation's error envelope", async () => {
    const server = await startFake();
    const sessionId = "00000000-0000-0000-0000-000000000000";
    const error = await unwrap(
      clientOf(server).GET("/v1/sessions/{sessionId}", { params: { path: { sessionId } } }),
    ).catch((e: unknown) => e);
    expect(isApiError(error, "GET /v1/sessions/{sessionId}/details")).toBe(false);
    if (!isApiError(error, "GET /v1/sessions/{sessionId}") || error.status !== 404) throw error;
    expect(error.body.error).toMatchObject({ code: "NOT_FOUND", message: "Session not found." });
  });
});
