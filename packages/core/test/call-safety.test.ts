import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { NetworkError, TimeoutError } from "../src/index.js";
import { fetchFailure, fixtureClient, hang, recorder, sequence } from "./fixtures.js";

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

async function settle<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  await vi.runAllTimersAsync();
  return promise;
}

describe("call: a POST that may have reached the server is sent once", () => {
  it("is not resent on a 503", async () => {
    const { fetch, requests } = recorder(sequence(503, 200));
    const result = await settle(fixtureClient(fetch).POST("/items", { body: { name: "a" } }));
    expect(result.response.status).toBe(503);
    expect(requests).toHaveLength(1);
  });

  it("is not resent after a network error once it may have left (reset, timeout)", async () => {
    const reset = recorder(sequence(fetchFailure("ECONNRESET"), 200));
    const error = await settle(fixtureClient(reset.fetch).POST("/items", { body: {} })).catch((e) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(reset.requests).toHaveLength(1);
    const slow = recorder(hang);
    const timeout = await settle(
      fixtureClient(slow.fetch, { timeoutMs: 50 }).POST("/items", { body: {} }),
    ).catch((e) => e);
    expect(timeout).toBeInstanceOf(TimeoutError);
    expect(slow.requests).toHaveLength(1);
  });

  it.each(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"])(
    "is resent after %s, which proves it never left",
    async (code) => {
      const { fetch, requests } = recorder(sequence(fetchFailure(code), 201));
      const result = await settle(fixtureClient(fetch).POST("/items", { body: {} }));
      expect(result.response.status).toBe(201);
      expect(requests).toHaveLength(2);
    },
  );

  it("is resent when the spec marks it x-idempotent, and a PUT or DELETE always", async () => {
    for (const send of [
      (c: ReturnType<typeof fixtureClient>) => c.POST("/items/upsert", { body: [] }),
      (c: ReturnType<typeof fixtureClient>) =>
        c.PUT("/items/{id}", { params: { path: { id: "1" } }, body: {} }),
      (c: ReturnType<typeof fixtureClient>) => c.DELETE("/items/{id}", { params: { path: { id: "1" } } }),
    ]) {
      const { fetch, requests } = recorder(sequence(503, fetchFailure("ECONNRESET"), 200));
      expect((await settle(send(fixtureClient(fetch)))).response.status).toBe(200);
      expect(requests).toHaveLength(3);
    }
  });

  it("is not resent when its 2xx body is malformed", async () => {
    const { fetch, requests } = recorder(sequence(() => new Response("<html/>", { status: 201 })));
    await expect(settle(fixtureClient(fetch).POST("/items", { body: {} }))).rejects.toMatchObject({
      name: "MalformedResponseError",
    });
    expect(requests).toHaveLength(1);
  });
});

describe("call: body replay", () => {
  it("sends byte-identical JSON on every attempt, even if the caller mutates the object meanwhile", async () => {
    const body = { users: [{ id: 1, name: "Zoë" }], at: new Date(0) };
    const { fetch, requests } = recorder((_r, i) => {
      body.users[0]!.name = `changed ${i}`; // the caller's object changes after the first send
      return i < 2 ? new Response("", { status: 503 }) : Response.json({});
    });
    await settle(fixtureClient(fetch).POST("/items/upsert", { body }));
    expect(requests).toHaveLength(3);
    expect(requests.map((r) => r.body)).toEqual(
      Array(3).fill('{"users":[{"id":1,"name":"Zoë"}],"at":"1970-01-01T00:00:00.000Z"}'),
    );
    expect(requests.map((r) => r.headers.get("content-type"))).toEqual(Array(3).fill("application/json"));
  });

  it("replays a multipart body with its boundary (a FormData re-serialised would get a new one)", async () => {
    const form = new FormData();
    form.set("file", new Blob(["hello"]), "a.txt");
    const { fetch, requests } = recorder(sequence(503, fetchFailure("ECONNRESET"), 200));
    await settle(
      fixtureClient(fetch).POST("/items/upsert", { body: form as never, bodySerializer: (b: unknown) => b }),
    );
    expect(requests).toHaveLength(3);
    const [first, ...rest] = requests;
    expect(first!.body).toContain("hello");
    for (const r of rest) {
      expect(r.body).toBe(first!.body);
      expect(r.headers.get("content-type")).toBe(first!.headers.get("content-type"));
    }
  });

  it("replays a streamed body, which could be read only once", async () => {
    const stream = () => new Blob(["streamed bytes"]).stream();
    const { fetch, requests } = recorder(sequence(503, 200));
    const body = stream();
    await settle(
      fixtureClient(fetch).PUT("/items/{id}", {
        params: { path: { id: "1" } },
        body,
        bodySerializer: (b: unknown) => b,
        duplex: "half",
      } as never),
    );
    expect(requests.map((r) => r.body)).toEqual(["streamed bytes", "streamed bytes"]);
  });
});
