import { describe, expect, it } from "vitest";
import { ValidationError, bearerAuth, createClient, headerAuth } from "../src/index.js";
import { fixtureClient, meta, recorder, sequence } from "./fixtures.js";

describe("createClient", () => {
  it("offers openapi-fetch's methods over the provider's base URL, with the client's headers", async () => {
    const { fetch, requests } = recorder(sequence(200));
    const client = fixtureClient(fetch, { headers: { "x-app": "demo" } });
    expect(client.baseUrl).toBe("https://api.example.test/v1");
    for (const method of ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD"] as const)
      await client[method]("/items");
    await (client as unknown as { request: (m: string, p: string) => Promise<unknown> }).request(
      "get",
      "/items",
    );
    expect(requests.map((r) => `${r.request.method} ${r.url.pathname} ${r.headers.get("x-app")}`)).toEqual(
      ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "GET"].map((m) => `${m} /v1/items demo`),
    );
  });

  it("runs openapi-fetch middleware on every attempt", async () => {
    const { fetch, requests } = recorder(sequence(503, 200));
    const client = createClient<any>(meta, { fetch, retry: { baseDelayMs: 0 } });
    let n = 0;
    client.use({ onRequest: ({ request }) => void request.headers.set("x-attempt", String(++n)) });
    await client.GET("/items" as never, {} as never);
    expect(requests.map((r) => r.headers.get("x-attempt"))).toEqual(["1", "2"]);
  });

  it("refuses credentials for a plain-http base URL unless it is a loopback address or the caller opts in", async () => {
    const auth = bearerAuth("t");
    expect(() => fixtureClient(fetch, { baseUrl: "http://api.example.test", auth })).toThrow(ValidationError);
    expect(() => fixtureClient(fetch, { baseUrl: "http://localhost:4010", auth })).not.toThrow();
    expect(() =>
      fixtureClient(fetch, { baseUrl: "http://api.example.test", auth, allowInsecureHttp: true }),
    ).not.toThrow();
    expect(() => fixtureClient(fetch, { baseUrl: "http://api.example.test" })).not.toThrow();
  });

  it("checks the URL of every request, so a per-call baseUrl cannot send credentials over http", async () => {
    const { fetch, requests } = recorder(sequence(200));
    const client = fixtureClient(fetch, { auth: headerAuth("x-api-key", "k") });
    await expect(client.GET("/items", { baseUrl: "http://api.example.test/v1" })).rejects.toMatchObject({
      rule: "https",
    });
    await client.GET("/health", { baseUrl: "http://api.example.test/v1" }); // unauthenticated: allowed
    expect(requests).toHaveLength(1);
  });

  it("applies a per-attempt timeout of 60 s by default", async () => {
    const { fetch, requests } = recorder(sequence(200));
    await fixtureClient(fetch).GET("/items");
    expect(requests[0]!.request.signal.aborted).toBe(false);
  });
});

describe("runtime neutrality", () => {
  it("uses nothing Node-specific at run time", async () => {
    const sources = import.meta.glob("../src/**/*.ts", { query: "?raw", import: "default", eager: true });
    expect(Object.keys(sources).length).toBeGreaterThan(10);
    for (const [file, text] of Object.entries(sources)) {
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      expect([
        file,
        code.match(
          /(?<!\.)\b(process|Buffer|require|__dirname|setImmediate|global)\b|from "(node:|fs|path|http|https|events|util)"/,
        )?.[0],
      ]).toEqual([file, undefined]);
      expect([
        file,
        [...code.matchAll(/from "([^"]+)"/g)]
          .map((m) => m[1])
          .filter((m) => !m!.startsWith(".") && m != "openapi-fetch")
          // the opt-in tracing subpath, and only it, imports its optional peer
          .filter((m) => !(file.endsWith("/otel.ts") && m == "@opentelemetry/api")),
      ]).toEqual([file, []]);
    }
  });
});
