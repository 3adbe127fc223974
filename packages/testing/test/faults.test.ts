import { describe, expect, it } from "vitest";
import type { FaultKind } from "../src/index";
import { get, startEcho } from "./fixtures/start";

async function withFault(kind: FaultKind, options: { retryAfterSeconds?: number } = {}) {
  const server = await startEcho({ faults: [kind], ...options });
  return { server, response: get(server, "/v1/users?limit=5") };
}

describe("status faults", () => {
  it.each([
    ["500", 500, "internal_error"],
    ["502", 502, "bad_gateway"],
    ["503", 503, "service_unavailable"],
    ["504", 504, "gateway_timeout"],
  ] as const)("%s answers with the provider's envelope", async (kind, status, code) => {
    const { server, response } = await withFault(kind);
    const res = await response;
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ error: { code } });
    expect(server.ledger.faults[kind]).toBe(1);
  });

  it("429 carries Retry-After, configurable", async () => {
    const res = await (await withFault("429", { retryAfterSeconds: 3 })).response;
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("3");
    expect(await res.json()).toMatchObject({ error: { code: "rate_limited" } });
  });

  it("429-no-retry-after carries none", async () => {
    const res = await (await withFault("429-no-retry-after")).response;
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBeNull();
  });
});

describe("transport faults", () => {
  it("reset: the request fails or its body does", async () => {
    const { response } = await withFault("reset");
    const outcome = await response
      .then((r) => r.text())
      .then(
        () => "read",
        () => "rejected",
      );
    expect(outcome).toBe("rejected");
  });

  it("truncated: a 200 whose body is not valid JSON", async () => {
    const res = await (await withFault("truncated")).response;
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body.startsWith('{"data":[')).toBe(true);
    expect(() => JSON.parse(body)).toThrow(SyntaxError);
  });

  it("html-200: a 200 HTML page", async () => {
    const res = await (await withFault("html-200")).response;
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await res.text()).toContain("<html>");
  });

  it("stall: the client's own timeout fires", async () => {
    const server = await startEcho({ faults: ["stall"] });
    const outcome = get(server, "/v1/users", { signal: AbortSignal.timeout(200) });
    await expect(outcome).rejects.toMatchObject({ name: "TimeoutError" });
    expect(server.requests[0]).toMatchObject({ status: 0, fault: "stall" });
  });

  it("slow-body: the whole body arrives, late", async () => {
    const { response } = await withFault("slow-body");
    const started = Date.now();
    const body = (await (await response).json()) as { data: unknown[] };
    expect(body.data).toHaveLength(5);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it("redirect-cross-origin: a 307 to another origin on the same port", async () => {
    const server = await startEcho({ faults: ["redirect-cross-origin"] });
    const res = await get(server, "/v1/users?limit=5", { redirect: "manual" });
    expect(res.status).toBe(307);
    const location = new URL(res.headers.get("location") ?? "");
    const own = new URL(server.url);
    expect(location.origin).not.toBe(own.origin);
    expect(location.port).toBe(own.port);
    expect(location.pathname + location.search).toBe("/v1/users?limit=5");
  });

  it("redirect-cross-origin: a followed redirect reaches the fake, which shows what followed", async () => {
    const server = await startEcho({ faults: ["redirect-cross-origin"] });
    const res = await get(server, "/v1/users?limit=5");
    const [first, second] = server.requests;
    expect(first?.headers.authorization).toBe("[redacted]");
    expect(second?.headers.host).toMatch(/^localhost:/);
    // fetch drops Authorization on a cross-origin redirect, so the fake answers 401.
    expect(second?.headers.authorization).toBeUndefined();
    expect(res.status).toBe(401);
  });
});
