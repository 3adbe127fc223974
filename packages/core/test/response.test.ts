import { describe, expect, it } from "vitest";
import {
  ApiError,
  ClienteleError,
  MalformedResponseError,
  NetworkError,
  PaginationError,
  RateLimitError,
  TimeoutError,
  ValidationError,
  isApiError,
  isClienteleError,
  isMalformedResponseError,
  isNetworkError,
  isPaginationError,
  isRateLimitError,
  isTimeoutError,
  isValidationError,
  unwrap,
} from "../src/index.js";
import { fixtureClient, recorder } from "./fixtures.js";

const answering = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  fixtureClient(
    recorder(
      () =>
        new Response(
          body === null || typeof body == "string" ? (body as string | null) || null : JSON.stringify(body),
          { status, headers },
        ),
    ).fetch,
    {
      retry: false,
    },
  );

describe("raw calls keep openapi-fetch's shape", () => {
  it("returns { data, response } on success and { error, response } on an error status", async () => {
    const ok = await answering({ id: 1 }).GET("/items");
    expect(ok.data).toEqual({ id: 1 });
    expect(ok.response.status).toBe(200);
    const failed = await answering({ error: { code: "nope" } }, 404).GET("/items");
    expect(failed.error).toEqual({ error: { code: "nope" } });
    expect(failed.data).toBeUndefined();
  });
});

describe("unwrap", () => {
  it("gives the data in one call", async () => {
    expect(await unwrap(answering({ id: 1 }).GET("/items"))).toEqual({ id: 1 });
    expect(
      await unwrap(answering(null, 204).DELETE("/items/{id}", { params: { path: { id: "1" } } })),
    ).toBeUndefined();
  });

  it("throws an ApiError with the status, the provider's code and message, the body, the request id and the attempts", async () => {
    const error = await unwrap(
      answering({ error: { code: "E_GONE", message: "It left." } }, 410, { "x-request-id": "req-1" }).GET(
        "/items",
      ),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 410,
      code: "E_GONE",
      providerMessage: "It left.",
      body: { error: { code: "E_GONE", message: "It left." } },
      requestId: "req-1",
      attempts: 1,
      method: "GET",
      url: "https://api.example.test/v1/items",
    });
    expect(error.message).toBe("GET https://api.example.test/v1/items failed with 410 E_GONE: It left.");
  });

  it("reads the code from the first pointer that resolves, and a text body as the message", async () => {
    expect(await unwrap(answering({ code: 42 }, 400).GET("/items")).catch((e) => e.code)).toBe("42");
    expect(
      await unwrap(answering("Bad   gateway\n", 400).GET("/items")).catch((e) => e.providerMessage),
    ).toBe("Bad gateway");
  });

  it("keeps the message one short line however long the provider's message is", async () => {
    const long = `${"too long to log ".repeat(4_000)}\n end`;
    const error = await unwrap(
      answering({ error: { code: "E_LONG", message: long } }, 400).GET("/items"),
    ).catch((e) => e);
    expect(error.message.length).toBeLessThan(400);
    expect(error.message).not.toContain("\n");
    expect(error.providerMessage).toBe(long);
  });

  it("throws for a 2xx whose envelope reports failure (x-errors.failure)", async () => {
    const error = await unwrap(answering({ success: false, error: { code: "E_PART" } }).GET("/items")).catch(
      (e) => e,
    );
    expect(error).toMatchObject({ name: "ApiError", status: 200, code: "E_PART" });
  });

  it("throws a RateLimitError for a 429, saying when to try again", async () => {
    const error = await unwrap(answering({}, 429, { "retry-after": "30" }).GET("/items")).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(30_000);
    expect(error.retryAt.getTime()).toBeGreaterThan(Date.now() + 29_000);
    expect(error.message).toContain(`retry after ${error.retryAt.toISOString()}`);
  });

  it("throws a MalformedResponseError for a 2xx without a body", async () => {
    await expect(unwrap(answering("").GET("/items"))).rejects.toBeInstanceOf(MalformedResponseError);
  });

  it("refuses a result it did not produce", async () => {
    await expect(unwrap({ data: 1, response: new Response() })).rejects.toThrow(TypeError);
  });
});

describe("errors", () => {
  const all = [
    [new ApiError("m", { status: 500 }), isApiError],
    [new RateLimitError("m", { status: 429 }), isRateLimitError],
    [new TimeoutError("m", "attempt"), isTimeoutError],
    [new NetworkError("m"), isNetworkError],
    [new MalformedResponseError("m", 200, ""), isMalformedResponseError],
    [new ValidationError("m", "f", "r"), isValidationError],
    [new PaginationError("m"), isPaginationError],
  ] as const;

  it.each(all)("%s shares one base class and has its own guard", (error, guard) => {
    expect(error).toBeInstanceOf(ClienteleError);
    expect(isClienteleError(error)).toBe(true);
    expect(guard(error)).toBe(true);
    expect(guard(new Error("m"))).toBe(false);
    expect(error.name).toBe(error.constructor.name);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: error.name, message: "m" });
  });

  it("guards tell subclasses apart", () => {
    expect(isApiError(new RateLimitError("m", { status: 429 }))).toBe(true);
    expect(isRateLimitError(new ApiError("m", { status: 500 }))).toBe(false);
    expect(isTimeoutError(new NetworkError("m"))).toBe(false);
  });
});
