import { describe, expect, it } from "vitest";
import { NetworkError, bearerAuth, combineAuth, headerAuth } from "../src/index.js";
import { send } from "../src/request/send.js";
import { fetchFailure, fixtureClient, recorder, watchUnhandled } from "./fixtures.js";

const redirect = (location: string, status = 302) => new Response(null, { status, headers: { location } });
const credentials = combineAuth(
  bearerAuth("tok-1"),
  headerAuth("x-api-key", "key-1"),
  headerAuth("environment-id", "env-1"),
);

describe("send: redirects never carry credentials to another origin", () => {
  it("keeps credentials on a same-origin redirect", async () => {
    const { fetch, requests } = recorder((_r, i) => (i == 0 ? redirect("/v1/moved") : Response.json({})));
    await fixtureClient(fetch, { auth: credentials }).GET("/items");
    expect(requests[1]!.url.href).toBe("https://api.example.test/v1/moved");
    expect(requests[1]!.headers.get("x-api-key")).toBe("key-1");
  });

  it.each([
    ["another host", "https://evil.example.net/steal"],
    ["another port", "https://api.example.test:8443/v1/items"],
    ["plain http on the same host", "http://api.example.test/v1/items"],
  ])("strips every credential header on a redirect to %s", async (_name, target) => {
    const { fetch, requests } = recorder((_r, i) => (i == 0 ? redirect(target, 307) : Response.json({})));
    await fixtureClient(fetch, {
      auth: credentials,
      headers: { cookie: "sid=1", accept: "application/json" },
    }).GET("/items");
    expect(requests).toHaveLength(2);
    const sent = requests[1]!.headers;
    for (const name of ["authorization", "x-api-key", "environment-id", "cookie"])
      expect(sent.has(name)).toBe(false);
    expect(sent.get("accept")).toBe("application/json");
  });

  it("strips them on every later hop too, and does not add them back", async () => {
    const { fetch, requests } = recorder((_r, i) =>
      i == 0
        ? redirect("https://cdn.example.net/a")
        : i == 1
          ? redirect("https://api.example.test/v1/back")
          : Response.json({}),
    );
    await fixtureClient(fetch, { auth: credentials }).GET("/items");
    expect(requests[2]!.headers.has("x-api-key")).toBe(false);
  });

  it("resends the same method and bytes on 307/308; continues as GET without a body on 303 and on 302 after a POST", async () => {
    for (const [status, method, body] of [
      [307, "POST", '{"a":1}'],
      [308, "POST", '{"a":1}'],
      [303, "GET", ""],
      [302, "GET", ""],
    ] as const) {
      const { fetch, requests } = recorder((_r, i) =>
        i == 0 ? redirect("/v1/elsewhere", status) : Response.json({}),
      );
      await fixtureClient(fetch).POST("/items", { body: { a: 1 } });
      expect([requests[1]!.request.method, requests[1]!.body]).toEqual([method, body]);
    }
  });

  it("fails with a NetworkError after 5 hops, and on an opaque redirect it cannot inspect", async () => {
    const loop = recorder(() => redirect("/v1/again"));
    await expect(send(new Request("https://a.test/"), loop.fetch)).rejects.toBeInstanceOf(NetworkError);
    expect(loop.requests).toHaveLength(6);
    const opaque = Object.defineProperty(new Response(null), "type", { value: "opaqueredirect" });
    await expect(send(new Request("https://a.test/"), async () => opaque)).rejects.toThrow(/redirect/);
  });

  it("asks the runtime not to follow redirects itself", async () => {
    const { fetch, requests } = recorder(() => Response.json({}));
    await fixtureClient(fetch).GET("/items");
    expect(requests[0]!.request.redirect).toBe("manual");
  });
});

describe("send: what a redirect proves about a write", () => {
  it.each([302, 303, 307])(
    "sends a POST once when its %i leads to a host that refuses the connection: the first hop reached the server",
    async (status) => {
      const { fetch, requests } = recorder((_r, i) => {
        if (i == 0) return redirect("https://other.example.net/next", status);
        throw fetchFailure("ECONNREFUSED");
      });
      const error = await fixtureClient(fetch)
        .POST("/items", { body: { a: 1 } })
        .catch((e) => e);
      expect(error).toBeInstanceOf(NetworkError);
      expect(requests.filter((r) => r.url.host == "api.example.test")).toHaveLength(1);
    },
  );

  it("still resends a POST whose first hop was refused: nothing left", async () => {
    const { fetch, requests } = recorder((_r, i) =>
      i == 0 ? Promise.reject(fetchFailure("ECONNREFUSED")) : Response.json({}),
    );
    expect((await fixtureClient(fetch).POST("/items", { body: {} })).response.status).toBe(200);
    expect(requests).toHaveLength(2);
  });

  it.each([300, 304, 305, 306])(
    "does not follow a %i, even with a Location: fetch follows none of them",
    async (status) => {
      const { fetch, requests } = recorder(() => redirect("/v1/elsewhere", status));
      const result = await fixtureClient(fetch, { retry: false }).GET("/items");
      expect(result.response.status).toBe(status);
      expect(requests).toHaveLength(1);
    },
  );

  it("does not leave an unhandled rejection when a redirect's body has already errored", async () => {
    const { unhandled, stop } = watchUnhandled();
    try {
      const { fetch } = recorder((_r, i) => {
        if (i > 0) return Response.json({});
        const body = new ReadableStream({ start: (c) => c.error(new Error("reset mid-body")) });
        return new Response(body, { status: 302, headers: { location: "/v1/next" } });
      });
      expect((await fixtureClient(fetch).GET("/items")).response.status).toBe(200);
      await new Promise((r) => setTimeout(r, 20));
      expect(unhandled).toEqual([]);
    } finally {
      stop();
    }
  });
});
