import { describe, expect, it } from "vitest";
import { startFakeServer } from "../src/index";
import { echoProvider, type EchoUser } from "./fixtures/echo-provider";
import { get, post, startEcho } from "./fixtures/start";

interface Page {
  data: EchoUser[];
  pagination: { nextCursor: string | null; hasMore: boolean };
}

describe("startFakeServer", () => {
  it("listens on 127.0.0.1 at an ephemeral port", async () => {
    const server = await startEcho();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("closes with a stalled request pending", { timeout: 20_000 }, async () => {
    const server = await startFakeServer(echoProvider, { faults: ["stall"] });
    const pending = get(server, "/v1/users").catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // a stalled response never ends by itself: close() returning at all proves it did not wait for it
    const closed = await Promise.race([
      server.close().then(() => "closed"),
      new Promise((resolve) => setTimeout(resolve, 10_000, "still waiting")),
    ]);
    expect(closed).toBe("closed");
    expect(await pending).toBeInstanceOf(Error);
  });

  it("waits latencyMs before answering", async () => {
    const server = await startEcho({ latencyMs: 120 });
    const started = Date.now();
    await (await get(server, "/v1/users")).text();
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });

  it("answers the provider's 401, 400 and 500", async () => {
    const server = await startEcho();
    const unauthenticated = await fetch(`${server.url}/v1/users`);
    expect(unauthenticated.status).toBe(401);
    expect(await unauthenticated.json()).toMatchObject({ error: { code: "unauthorized" } });
    const badJson = await fetch(`${server.url}/v1/users`, {
      method: "POST",
      headers: { authorization: "Bearer echo_test_key_0001", "content-type": "application/json" },
      body: "{not json",
    });
    expect(badJson.status).toBe(400);
    expect(server.requests[1]?.body).toBe("{not json");
    const failing = await get(server, "/v1/boom");
    expect(failing.status).toBe(500);
    expect(failing.headers.get("x-request-id")).toBe("req_00000003");
  });

  it("walks a cursor-paginated list and refuses a tampered cursor", async () => {
    const server = await startEcho({ users: 12 });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(server, `/v1/users?limit=5${cursor ? `&cursor=${cursor}` : ""}`);
      const page = (await res.json()) as Page;
      seen.push(...page.data.map((u) => u.id));
      cursor = page.pagination.nextCursor;
    } while (cursor);
    expect(seen).toEqual(server.state.users.map((u) => u.id));
    const tampered = await get(server, "/v1/users?cursor=MTAuYWJj");
    expect(tampered.status).toBe(400);
  });

  it("serves records passed in and keeps state across requests", async () => {
    const records = [
      { id: "usr_1", email: "one@example.com", name: "One", createdAt: "2024-01-01T00:00:00.000Z" },
    ];
    const server = await startEcho({ records });
    expect(await (await get(server, "/v1/users/usr_1")).json()).toMatchObject({ name: "One" });
    await post(server, "/v1/users", { email: "two@example.com" });
    expect(server.state.users.map((u) => u.email)).toEqual(["one@example.com", "two@example.com"]);
  });

  it("logs one line per request", async () => {
    const lines: string[] = [];
    const server = await startEcho({ log: (line) => lines.push(line), faults: ["503"] });
    await get(server, "/v1/users");
    expect(lines).toEqual([`#1 GET /v1/users -> 503 [fault 503]`]);
  });

  it("refuses a provider it has no fake for, and a non-loopback host", async () => {
    await expect(startFakeServer("acme" as "mercury")).rejects.toThrow(/no fake for provider "acme"/);
    const host = "0.0.0.0" as "127.0.0.1";
    await expect(startFakeServer(echoProvider, { host })).rejects.toThrow(/127\.0\.0\.1/);
  });
});
