import { describe, expect, it, vi } from "vitest";
import { ClienteleError, ValidationError, bearerAuth, combineAuth, headerAuth } from "../src/index.js";
import { everything, fixtureClient, recorder, sequence } from "./fixtures.js";

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

describe("401: a replay only for the credential that was refused", () => {
  it("does not refresh nor replay a POST whose 401 came from a redirect target the token was stripped for", async () => {
    const { fetch, requests } = recorder((_r, i) =>
      i == 0
        ? new Response(null, { status: 307, headers: { location: "https://other.example.net/items" } })
        : new Response(null, { status: 401 }),
    );
    const provider = vi.fn(async () => "tok-secret");
    const result = await fixtureClient(fetch, { auth: bearerAuth(provider) }).POST("/items", { body: {} });
    expect(result.response.status).toBe(401);
    expect(requests).toHaveLength(2);
    expect(requests[1]!.headers.has("authorization")).toBe(false);
    expect(provider).toHaveBeenCalledTimes(1);
  });

  it("does not replay a POST whose 401 came after a same-origin redirect: the origin acted first", async () => {
    const { fetch, requests } = recorder((_r, i) =>
      i == 0
        ? new Response(null, { status: 307, headers: { location: "/v1/moved" } })
        : new Response(null, { status: 401 }),
    );
    await fixtureClient(fetch, { auth: bearerAuth(async () => "tok-secret") }).POST("/items", { body: {} });
    expect(requests).toHaveLength(2);
  });

  it("refreshes and replays a GET whose 401 came from a same-origin redirect target that had the token", async () => {
    let token = "old-token";
    const { fetch, requests } = recorder((request) =>
      request.url.endsWith("/moved")
        ? new Response("{}", {
            status: request.headers.get("authorization") == "Bearer new-token" ? 200 : 401,
          })
        : new Response(null, { status: 307, headers: { location: "/v1/moved" } }),
    );
    const auth = bearerAuth(async ({ refresh }) => (refresh ? (token = "new-token") : token));
    expect((await fixtureClient(fetch, { auth }).GET("/items")).response.status).toBe(200);
    expect(requests).toHaveLength(4);
  });
});

describe("401: the token refresh is bounded and its failures are typed and redacted", () => {
  const slow = async ({ refresh }: { refresh: boolean }) =>
    refresh ? new Promise<string>((r) => setTimeout(() => r("late"), 3000)) : "first";
  const silent = async ({ refresh }: { refresh: boolean }) =>
    refresh ? new Promise<string>(() => undefined) : "first";

  it.each([
    ["deadlineMs", () => ({ deadlineMs: 200 }), ClienteleError],
    ["the caller's signal", () => ({ signal: AbortSignal.timeout(200) }), DOMException],
  ])("ends within %s when the token provider is slow, or never answers", async (_name, bound, type) => {
    for (const provider of [slow, silent]) {
      const { fetch } = recorder(sequence(401));
      const started = Date.now();
      const error = await fixtureClient(fetch, { auth: bearerAuth(provider) })
        .GET("/items", bound())
        .catch((e) => e);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(error).toBeInstanceOf(type);
      expect(error.name).toBe("TimeoutError");
    }
  });

  it("scrubs the token from a refresh failure's message, cause and inspection, and types it", async () => {
    const { fetch } = recorder(sequence(401));
    const provider = async ({ refresh }: { refresh: boolean }) => {
      if (!refresh) return "tok-abcdef123";
      throw new Error("refresh of tok-abcdef123 refused", { cause: new Error("vault said tok-abcdef123") });
    };
    const error = await fixtureClient(fetch, { auth: bearerAuth(provider) })
      .GET("/items")
      .catch((e) => e);
    expect(error).toBeInstanceOf(ClienteleError);
    for (const text of [
      error.message,
      error.cause?.message,
      error.cause?.cause?.message,
      ...everything(error),
      JSON.stringify(error),
    ])
      expect(text).not.toContain("tok-abcdef123");
  });
});
