import { describe, expect, it, vi } from "vitest";
import { ValidationError, bearerAuth, combineAuth, headerAuth } from "../src/index.js";
import { fixtureClient, recorder, sequence } from "./fixtures.js";

const applied = async (auth: ReturnType<typeof headerAuth>) => {
  const headers = new Headers();
  await auth.apply(headers);
  return Object.fromEntries(headers);
};

describe("headerAuth / bearerAuth / combineAuth", () => {
  it("sets a bearer token, an API key in a named header, or several headers at once", async () => {
    expect(await applied(bearerAuth("tok"))).toEqual({ authorization: "Bearer tok" });
    expect(await applied(headerAuth("X-Api-Key", "k1"))).toEqual({ "x-api-key": "k1" });
    const metacom = combineAuth(bearerAuth("tok"), headerAuth("environment-id", "env-7"));
    expect(await applied(metacom)).toEqual({ authorization: "Bearer tok", "environment-id": "env-7" });
    expect(metacom.headerNames).toEqual(["authorization", "environment-id"]);
    expect([...metacom.secrets()]).toEqual(["tok", "env-7"]);
    expect(metacom.refresh).toBeUndefined();
  });

  it("refuses, without quoting it, a fixed credential no header can carry; white space around it is fine", async () => {
    for (const bad of ["abcd\nefgh", "abcd\r\nefgh", "abcd\0efgh", "abcd€efgh"]) {
      for (const make of [() => headerAuth("X-Api-Key", bad), () => bearerAuth(bad)]) {
        const error = (() => {
          try {
            make();
          } catch (e) {
            return e as ValidationError;
          }
        })();
        expect(error).toBeInstanceOf(ValidationError);
        expect(error!.rule).toBe("header-value");
        expect(`${error!.message} ${error!.stack}`).not.toMatch(/abcd|efgh/);
      }
    }
    expect(await applied(headerAuth("x-api-key", " k1\n"))).toEqual({ "x-api-key": "k1" });
    expect(await applied(bearerAuth("tok\t"))).toEqual({ authorization: "Bearer tok" });
  });

  it("asks a token provider once for concurrent first requests", async () => {
    const provider = vi.fn(async () => "t1");
    const auth = bearerAuth(provider);
    const all = await Promise.all([applied(auth), applied(auth), applied(auth)]);
    expect(all.map((h) => h.authorization)).toEqual(Array(3).fill("Bearer t1"));
    expect(provider).toHaveBeenCalledTimes(1);
    expect(provider).toHaveBeenCalledWith({ refresh: false });
  });

  it("recovers from a provider that fails (synchronously or not): the next request asks again", async () => {
    let n = 0;
    const auth = bearerAuth(() => {
      if (++n == 1) throw new Error("vault down");
      return "t2";
    });
    await expect(applied(auth)).rejects.toThrow("vault down");
    expect((await applied(auth)).authorization).toBe("Bearer t2");
  });
});

describe("401: single-flight refresh, then exactly one replay", () => {
  /** A server that accepts only the newest token. */
  function server() {
    let valid = "t1";
    const { fetch, requests } = recorder(async (request) => {
      await new Promise((r) => setTimeout(r, 1));
      return new Response("{}", {
        status: request.headers.get("authorization") == `Bearer ${valid}` ? 200 : 401,
      });
    });
    return { fetch, requests, rotate: (t: string) => (valid = t) };
  }

  it("refreshes once for concurrent requests refused with the same token, and replays each once", async () => {
    const { fetch, requests, rotate } = server();
    let issued = 0;
    const provider = vi.fn(async ({ refresh }: { refresh: boolean }) =>
      refresh ? `t${++issued + 1}` : "t1",
    );
    const client = fixtureClient(fetch, { auth: bearerAuth(provider) });
    await client.GET("/items");
    rotate("t2"); // the server revokes t1
    const results = await Promise.all([1, 2, 3].map(() => client.GET("/items")));
    expect(results.map((r) => r.response.status)).toEqual([200, 200, 200]);
    expect(provider.mock.calls).toEqual([[{ refresh: false }], [{ refresh: true }]]);
    expect(requests).toHaveLength(1 + 3 + 3);
    expect(requests.slice(4).map((r) => r.headers.get("authorization"))).toEqual(Array(3).fill("Bearer t2"));
  });

  it("replays a non-idempotent POST after a 401 (it was refused, not processed), and only once", async () => {
    const { fetch, requests } = recorder(sequence(401));
    const onRetry = vi.fn();
    const client = fixtureClient(fetch, { auth: bearerAuth(async () => "t"), hooks: { onRetry } });
    const result = await client.POST("/items", { body: { a: 1 } });
    expect(result.response.status).toBe(401);
    expect(requests).toHaveLength(2);
    expect(requests.map((r) => r.body)).toEqual(['{"a":1}', '{"a":1}']);
    expect(onRetry).toHaveBeenCalledWith(expect.objectContaining({ attempt: 1, delayMs: 0, reason: "401" }));
  });

  it("does not replay when the credentials cannot be refreshed", async () => {
    const { fetch, requests } = recorder(sequence(401));
    await fixtureClient(fetch, { auth: bearerAuth("static") }).GET("/items");
    expect(requests).toHaveLength(1);
  });

  it("sends no credentials to an operation the spec marks unauthenticated", async () => {
    const { fetch, requests } = recorder(sequence(200));
    await fixtureClient(fetch, { auth: combineAuth(bearerAuth("t"), headerAuth("environment-id", "e")) }).GET(
      "/health",
    );
    expect([...requests[0]!.headers.keys()]).toEqual([]);
  });
});
