import { describe, expect, it } from "vitest";
import { get, startEcho } from "./fixtures/start";

describe("CORS", () => {
  it("answers a preflight with 204 and the allowed headers", async () => {
    const server = await startEcho({ faults: ["503"] });
    const res = await fetch(`${server.url}/v1/users`, {
      method: "OPTIONS",
      headers: { origin: "http://example.test", "access-control-request-method": "GET" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    const allowed = res.headers.get("access-control-allow-headers") ?? "";
    for (const name of ["authorization", "content-type", "x-api-key", "environment-id"])
      expect(allowed).toContain(name);
    // A preflight is not a routed request: the scripted fault is still pending.
    expect((await get(server, "/v1/users")).status).toBe(503);
  });

  it("marks ordinary and faulted responses alike, exposing the provider's headers", async () => {
    const server = await startEcho({ faults: ["ok", "503", "html-200"] });
    for (const status of [200, 503, 200]) {
      const res = await get(server, "/v1/users");
      expect(res.status).toBe(status);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      const exposed = res.headers.get("access-control-expose-headers") ?? "";
      expect(exposed).toContain("x-request-id");
      expect(exposed).toContain("x-ratelimit-remaining");
    }
  });
});
