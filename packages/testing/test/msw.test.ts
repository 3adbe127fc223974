import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { FaultPlan } from "../src/index";
import { createFakeHandlers, type FakeHandlers } from "../src/msw";
import { echoProvider, type EchoAuth, type EchoState } from "./fixtures/echo-provider";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

type EchoFake = FakeHandlers<EchoState, EchoAuth>;

function echoFake(options: { url?: string; faults?: FaultPlan; users?: number } = {}): EchoFake {
  const fake = createFakeHandlers(echoProvider, options);
  server.use(...fake.handlers);
  return fake;
}

const get = (fake: EchoFake, path: string, init: RequestInit = {}) =>
  fetch(fake.url + path, { ...init, headers: { authorization: `Bearer ${fake.auth.apiKey}` } });

describe("createFakeHandlers", () => {
  it("answers a provider's routes at https://<provider>.fake.test, with its auth and ledger", async () => {
    const fake = echoFake({ users: 3 });
    expect(fake.url).toBe("https://echo.fake.test");
    const res = await get(fake, "/v1/users?limit=2");
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBe("req_00000001");
    expect((await res.json()).data).toEqual(fake.state.users.slice(0, 2));
    expect((await fetch(`${fake.url}/v1/users`)).status).toBe(401);
    expect(fake.requests.map((e) => [e.method, e.path, e.route, e.status])).toEqual([
      ["GET", "/v1/users", "/v1/users", 200],
      ["GET", "/v1/users", "/v1/users", 401],
    ]);
    expect(fake.requests[0]!.headers.authorization).toBe("[redacted]");
  });

  it("serves below the path of its URL, and leaves other paths to other handlers", async () => {
    const fake = echoFake({ url: "https://api.example.test/base/" });
    expect(fake.url).toBe("https://api.example.test/base");
    expect((await get(fake, "/v1/users/me")).status).toBe(200);
    await expect(fetch("https://api.example.test/other/v1/users/me")).rejects.toThrow();
    expect(fake.requests.map((e) => e.path)).toEqual(["/v1/users/me"]);
  });

  it("keeps state across requests, and records side effects", async () => {
    const fake = echoFake({ users: 1 });
    const headers = { authorization: `Bearer ${fake.auth.apiKey}`, "content-type": "application/json" };
    const body = JSON.stringify({ email: "zed@example.com", name: "Zed" });
    expect((await fetch(`${fake.url}/v1/users`, { method: "POST", headers, body })).status).toBe(201);
    expect(fake.state.users.map((u) => u.email)).toContain("zed@example.com");
    expect(fake.ledger.effectsOf("upsert")).toEqual(["zed@example.com"]);
    expect(fake.requests[0]!.body).toEqual({ email: "zed@example.com", name: "Zed" });
  });
});

describe("faults through msw", () => {
  it("status faults answer in the provider's envelope", async () => {
    const fake = echoFake({ faults: ["503", "429"] });
    expect((await get(fake, "/v1/users")).status).toBe(503);
    const limited = await get(fake, "/v1/users");
    expect([limited.status, limited.headers.get("retry-after")]).toEqual([429, "1"]);
    expect(fake.ledger.faults).toMatchObject({ "503": 1, "429": 1 });
  });

  it("reset: the body fails halfway, after the status was sent", async () => {
    const fake = echoFake({ faults: ["reset"] });
    const res = await get(fake, "/v1/users");
    await expect(res.text()).rejects.toThrow(/reset/);
    expect(fake.requests[0]).toMatchObject({ status: 200, fault: "reset" });
  });

  it("truncated: a 200 whose body stops in the middle of the JSON", async () => {
    const fake = echoFake({ faults: ["truncated"] });
    const body = await (await get(fake, "/v1/users")).text();
    expect(body.startsWith('{"data":[')).toBe(true);
    expect(() => JSON.parse(body)).toThrow(SyntaxError);
  });

  it("html-200 and slow-body: a proxy's page; the whole body, late", async () => {
    const fake = echoFake({ faults: ["html-200", "slow-body"] });
    expect(await (await get(fake, "/v1/users")).text()).toContain("502 Bad Gateway");
    const started = Date.now();
    expect((await (await get(fake, "/v1/users")).json()).data).toHaveLength(10);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it("stall: nothing until the client gives up, then no response is recorded", async () => {
    const fake = echoFake({ faults: ["stall"] });
    await expect(get(fake, "/v1/users", { signal: AbortSignal.timeout(100) })).rejects.toThrow();
    await expect.poll(() => fake.requests[0]?.fault).toBe("stall");
    expect(fake.requests[0]!.status).toBe(0);
  });

  it("redirect-cross-origin: a 307 to elsewhere.<host>, which the handlers answer too", async () => {
    const fake = echoFake({ url: "https://api.example.test/base", faults: ["redirect-cross-origin"] });
    const res = await get(fake, "/v1/users?limit=1", { redirect: "manual" });
    expect(res.status).toBe(307);
    const location = res.headers.get("location")!;
    expect(location).toBe("https://elsewhere.api.example.test/base/v1/users?limit=1");
    expect((await fetch(location)).status).toBe(401);
    expect(fake.requests.map((e) => e.path)).toEqual(["/v1/users", "/v1/users"]);
  });

  it("close() ends a stall, and every later request gets a network error", async () => {
    const fake = echoFake({ faults: ["stall"] });
    const stalled = get(fake, "/v1/users");
    await expect.poll(() => fake.requests.length).toBe(1);
    await fake.close();
    await expect(stalled).rejects.toThrow();
    await expect(get(fake, "/v1/users")).rejects.toThrow();
    expect(fake.requests).toHaveLength(1);
  });
});

describe("@clientele/testing", () => {
  it("imports nothing of msw, an optional peer: the socket fakes work without it", async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL("../src/index.ts", import.meta.url))],
      bundle: true,
      platform: "node",
      format: "esm",
      packages: "external",
      write: false,
      logLevel: "silent",
      metafile: true,
    });
    const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
    expect([...new Set(imports.filter((path) => !path.startsWith("node:")))].sort()).toEqual([
      "@noble/hashes/hmac",
      "@noble/hashes/sha2",
    ]);
  });
});

describe("@clientele/testing/msw", () => {
  it("uses no Node built-in, so a browser bundle of it builds", async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL("../src/msw.ts", import.meta.url))],
      bundle: true,
      platform: "browser",
      format: "esm",
      external: ["msw"],
      write: false,
      logLevel: "silent",
      metafile: true,
    });
    const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
    expect(imports).toEqual(["msw"]);
  });
});
