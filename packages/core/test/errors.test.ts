import fc from "fast-check";
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
  apiErrorGuard,
  bearerAuth,
  isApiError,
  isClienteleError,
  unwrap,
} from "../src/index.js";
import { fetchFailure, fixtureClient, recorder, sequence } from "./fixtures.js";

const failing = (status: number) =>
  fixtureClient(recorder(() => Response.json({ error: { code: "E_NOPE" } }, { status })).fetch, {
    retry: false,
  });

describe("the operation of an error", () => {
  it("is the method and the path template, recorded by unwrap and by paginate", async () => {
    const client = failing(404);
    const error = await unwrap(client.GET("/items/{id}", { params: { path: { id: "a b" } } })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ operation: "GET /items/{id}", status: 404, code: "E_NOPE" });
    const walk = await client
      .paginate("/cursor")
      .toArray()
      .catch((e: unknown) => e);
    expect(walk).toMatchObject({ name: "ApiError", operation: "GET /cursor" });
    expect((walk as ApiError).toJSON()).toMatchObject({ operation: "GET /cursor" });
  });

  it("is recorded on a failure without a response, and on a 2xx without its body", async () => {
    const down = fixtureClient(recorder(sequence(fetchFailure("ECONNREFUSED"))).fetch, { retry: false });
    await expect(down.POST("/items", { body: {} })).rejects.toMatchObject({
      name: "NetworkError",
      operation: "POST /items",
    });
    const empty = fixtureClient(recorder(() => new Response(null, { status: 200 })).fetch);
    await expect(unwrap(empty.GET("/items"))).rejects.toMatchObject({
      name: "MalformedResponseError",
      operation: "GET /items",
    });
  });

  it("is redacted like the URL: a credential written into the path never reaches it", async () => {
    const key = "sk_live_0123456789abcdef";
    const client = fixtureClient(recorder(() => Response.json({}, { status: 500 })).fetch, {
      retry: false,
      auth: bearerAuth(key),
    });
    const error = (await unwrap(client.GET(`/items/${key}`)).catch((e: unknown) => e)) as ApiError;
    expect(error.operation).toBe("GET /items/[redacted]");
    expect(JSON.stringify(error)).not.toContain(key);
  });
});

describe("isApiError", () => {
  it("with an operation key, is true only for an ApiError that operation raised", async () => {
    const error = await unwrap(failing(409).POST("/items", { body: {} })).catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    expect(isApiError(error, "POST /items")).toBe(true);
    expect(isApiError(error, "GET /items")).toBe(false);
    expect(isApiError(error, "POST /items/upsert")).toBe(false);
    expect(isApiError(error, "post /items")).toBe(false);
  });

  it("is false for anything that is not an ApiError, with or without a key", () => {
    const others = [
      new ClienteleError("x", { operation: "GET /items" }),
      new TimeoutError("x", "attempt", { operation: "GET /items" }),
      new NetworkError("x", { operation: "GET /items" }),
      new MalformedResponseError("x", 200, "", { operation: "GET /items" }),
      new ValidationError("x", "f", "r"),
      new PaginationError("x"),
      Object.assign(new Error("x"), { name: "ApiError", operation: "GET /items", status: 500 }),
      { name: "ApiError", operation: "GET /items", status: 500 },
      undefined,
      "GET /items",
    ];
    for (const other of others) {
      expect(isApiError(other)).toBe(false);
      expect(isApiError(other, "GET /items")).toBe(false);
    }
  });

  it("matches exactly the recorded key, for any key (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (recorded, asked) => {
        const error = new RateLimitError("x", { status: 429, operation: recorded });
        expect(isApiError(error, asked)).toBe(recorded === asked);
        expect(isApiError(error, recorded)).toBe(true);
        expect(isApiError(error)).toBe(true);
      }),
    );
  });

  it("an ApiError made without an operation matches no key", () => {
    const error = new ApiError("x", { status: 500 });
    expect(isApiError(error)).toBe(true);
    expect(isApiError(error, "GET /items")).toBe(false);
  });

  it("is the same function when typed for a provider's operations", () => {
    expect(apiErrorGuard()).toBe(isApiError);
  });
});

describe("error names", () => {
  it("each class's instances carry its name, which narrows isClienteleError's union", () => {
    const made = [
      new ClienteleError("x"),
      new ApiError("x", { status: 500 }),
      new RateLimitError("x", { status: 429 }),
      new TimeoutError("x", "deadline"),
      new NetworkError("x"),
      new MalformedResponseError("x", 200, ""),
      new ValidationError("x", "f", "r"),
      new PaginationError("x"),
    ];
    expect(made.map((e) => e.name)).toEqual([
      "ClienteleError",
      "ApiError",
      "RateLimitError",
      "TimeoutError",
      "NetworkError",
      "MalformedResponseError",
      "ValidationError",
      "PaginationError",
    ]);
    for (const error of made) {
      expect(isClienteleError(error)).toBe(true);
      expect(error.constructor.name).toBe(error.name);
    }
  });
});
