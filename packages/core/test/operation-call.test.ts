import { describe, expect, it } from "vitest";
import {
  ApiError,
  MalformedResponseError,
  type ProviderMetadata,
  callOperation,
  createClient,
} from "../src/index.js";

const meta: ProviderMetadata = {
  name: "acme",
  servers: [{ url: "https://api.acme.test" }],
  securitySchemes: {},
  errors: {},
  operations: {
    "GET /users/{id}": { id: "getUser", payload: ["/data/user", ""] },
    "GET /ping": { id: "ping" },
  },
};

/** A client whose server answers every request with `status` and `body`. */
function clientAnswering(status: number, body: unknown, requests: Request[] = []) {
  const fetch = async (request: Request) => (requests.push(request), Response.json(body, { status }));
  return createClient<any>(meta, { fetch, retry: false });
}

describe("callOperation", () => {
  it("returns the first payload pointer that resolves: the envelope's user, or the bare one", async () => {
    const requests: Request[] = [];
    const wrapped = clientAnswering(200, { data: { user: { id: "u1" } } }, requests);
    const bare = clientAnswering(200, { id: "u2" });
    const init = (id: string) => ({ params: { path: { id } } });
    expect(await callOperation(wrapped, "GET /users/{id}", init("a/b"))).toEqual({ id: "u1" });
    expect(await callOperation(bare, "GET /users/{id}", init("u2"))).toEqual({ id: "u2" });
    expect(requests[0]!.url).toBe("https://api.acme.test/users/a%2Fb");
  });

  it("returns the whole body for an operation without a payload", async () => {
    expect(await callOperation(clientAnswering(200, [1, 2]), "GET /ping", {})).toEqual([1, 2]);
  });

  it("throws the ApiError of an error status, and a MalformedResponseError for a 2xx without the payload", async () => {
    const missing = callOperation(clientAnswering(200, null), "GET /users/{id}", {
      params: { path: { id: "x" } },
    });
    await expect(missing).rejects.toBeInstanceOf(MalformedResponseError);
    const refused = callOperation(clientAnswering(404, { error: "no" }), "GET /users/{id}", {
      params: { path: { id: "x" } },
    });
    await expect(refused).rejects.toMatchObject({ status: 404 });
    await expect(refused).rejects.toBeInstanceOf(ApiError);
  });

  it("names the pointers in the error of a body that holds none of them", async () => {
    const client = createClient<any>(
      { ...meta, operations: { "GET /ping": { id: "ping", payload: "/data" } } },
      { fetch: async () => Response.json({ other: 1 }) },
    );
    await expect(callOperation(client, "GET /ping", {})).rejects.toThrow(
      "GET /ping returned 200 without its payload at /data",
    );
  });
});

describe("callOperation with a match", () => {
  const matched: ProviderMetadata = {
    ...meta,
    operations: {
      "GET /users/{id}": { id: "getUser", payload: "/data", match: { field: "/_id", param: "id" } },
    },
  };
  const get = (data: unknown, id: string) =>
    callOperation(
      createClient<any>(matched, { fetch: async () => Response.json({ data }) }),
      "GET /users/{id}",
      {
        params: { path: { id } },
      },
    );

  it("returns the item asked for, whether the payload is that item or a list holding it", async () => {
    expect(await get({ _id: "a", n: 1 }, "a")).toEqual({ _id: "a", n: 1 });
    expect(await get([{ _id: "a" }, { _id: "b", n: 2 }], "b")).toEqual({ _id: "b", n: 2 });
  });

  it("never returns another item: none, or someone else, is a MalformedResponseError", async () => {
    for (const data of [[], [{ _id: "b" }], { _id: "b" }, null, "a"])
      await expect(get(data, "a")).rejects.toThrow(
        "GET /users/{id} returned 200 without the item asked for at /data",
      );
  });

  it("never guesses: the id asked for twice is a MalformedResponseError naming the count, not the body", async () => {
    const twice = [
      { _id: "a", email: "one@example.test" },
      { _id: "b" },
      { _id: "a", email: "two@example.test" },
    ];
    const rejection = get(twice, "a");
    await expect(rejection).rejects.toBeInstanceOf(MalformedResponseError);
    await expect(rejection).rejects.toThrow(
      "GET /users/{id} returned 200 with the id asked for 2 times at /data, not once",
    );
    await expect(rejection).rejects.toMatchObject({ status: 200, excerpt: "", operation: "GET /users/{id}" });
    const message = await rejection.catch((error: Error) => error.message);
    expect(message).not.toMatch(/example\.test/);
    await expect(get([{ _id: "a" }, { _id: "a" }, { _id: "a" }], "a")).rejects.toThrow("3 times");
  });
});
