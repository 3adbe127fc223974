import { describe, expect, it } from "vitest";
import { createRouter, splitPath } from "../src/router";
import { get, startEcho } from "./fixtures/start";

const routes = [
  { method: "GET", path: "/v1/users/{userId}" },
  { method: "GET", path: "/v1/users/me" },
  { method: "DELETE", path: "/v1/users/{userId}" },
  { method: "GET", path: "/v1/users/{userId}/sessions/{sessionId}" },
];
const route = createRouter(routes);

describe("createRouter", () => {
  it.each([
    ["/v1/users/u1", "/v1/users/{userId}", { userId: "u1" }],
    ["/v1/users/me", "/v1/users/me", {}],
    [
      "/v1/users/u%201/sessions/s%2F2",
      "/v1/users/{userId}/sessions/{sessionId}",
      { userId: "u 1", sessionId: "s/2" },
    ],
  ])("matches %s to %s", (path, template, params) => {
    const match = route("GET", path);
    expect(match).toMatchObject({ kind: "match", route: { path: template }, params });
  });

  it("decodes each segment exactly once", () => {
    expect(route("GET", "/v1/users/..%2Fadmin")).toMatchObject({ params: { userId: "../admin" } });
    expect(route("GET", "/v1/users/%252e%252e")).toMatchObject({ params: { userId: "%2e%2e" } });
  });

  it("tells a wrong method from an unknown path", () => {
    expect(route("POST", "/v1/users/u1")).toEqual({ kind: "method-not-allowed", allow: ["GET", "DELETE"] });
    expect(route("GET", "/v1/users")).toEqual({ kind: "not-found" });
    expect(route("GET", "/v1/users/")).toEqual({ kind: "not-found" });
    expect(route("GET", "/v1/users/u1/")).toEqual({ kind: "not-found" });
  });

  it("reports a malformed escape", () => {
    expect(route("GET", "/v1/users/%E0%A4%A")).toEqual({ kind: "bad-path" });
    expect(splitPath("/a/%zz")).toBeUndefined();
  });

  it("refuses a parameter that does not fill its segment", () => {
    expect(() => createRouter([{ method: "GET", path: "/v1/{id}.json" }])).toThrow(/whole segment/);
  });
});

describe("routing through the server", () => {
  it("hands the handler the singly decoded value", async () => {
    const server = await startEcho();
    const value = async (segment: string) =>
      ((await (await get(server, `/v1/echo/${segment}`)).json()) as { value: string }).value;
    expect(await value("..%2Fadmin")).toBe("../admin");
    expect(await value("%252e%252e")).toBe("%2e%2e");
    expect(await value("caf%C3%A9")).toBe("café");
  });

  it("keeps repeated query keys", async () => {
    const server = await startEcho();
    const body = await (await get(server, "/v1/echo/x?tag=a&tag=b&q=1")).json();
    expect(body).toMatchObject({ all: ["a", "b"] });
    expect(server.requests[0]?.query).toEqual({ tag: ["a", "b"], q: "1" });
  });

  it("answers unknown routes with the provider's 404 and a wrong method with 405", async () => {
    const server = await startEcho();
    const missing = await get(server, "/v2/nothing");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: "not_found" } });
    const wrong = await get(server, "/v1/echo/x", { method: "DELETE" });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET");
  });
});
