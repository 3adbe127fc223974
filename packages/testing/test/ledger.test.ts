import { describe, expect, it } from "vitest";
import { createLedger } from "../src/ledger";
import { ECHO_KEY } from "./fixtures/echo-provider";
import { post, startEcho } from "./fixtures/start";

const CANARY = "canary_secret_5f3a9c";

describe("ledger", () => {
  it("never holds a credential", async () => {
    const server = await startEcho();
    await fetch(`${server.url}/v1/users?api_key=${CANARY}&limit=1`, {
      headers: { authorization: `Bearer ${CANARY}`, "x-api-key": CANARY, "environment-id": CANARY },
    });
    await fetch(`${server.url}/v1/users`, {
      method: "POST",
      headers: { "x-api-key": ECHO_KEY, "content-type": "application/json", "x-auth-token": CANARY },
      body: JSON.stringify({ email: "a@example.com", password: CANARY, note: `key ${ECHO_KEY}` }),
    });
    const recorded = JSON.stringify(server.requests);
    expect(recorded).not.toContain(CANARY);
    expect(recorded).not.toContain(ECHO_KEY);
    expect(server.requests[0]?.headers).toMatchObject({
      authorization: "[redacted]",
      "x-api-key": "[redacted]",
    });
    expect(server.requests[1]?.body).toEqual({
      email: "a@example.com",
      password: "[redacted]",
      note: "key [redacted]",
    });
  });

  it("records a side effect once even when the response is lost", async () => {
    const server = await startEcho({ faults: ["reset"] });
    await post(server, "/v1/users", { email: "ann@example.com" })
      .then((r) => r.text())
      .catch(() => undefined);
    expect(server.ledger.effectsOf("upsert")).toEqual(["ann@example.com"]);
    expect(server.requests[0]).toMatchObject({ fault: "reset", effects: ["upsert:ann@example.com"] });
    expect(server.state.users.filter((u) => u.email === "ann@example.com")).toHaveLength(1);
  });

  it("records method, path, parsed body and status", async () => {
    const server = await startEcho();
    await post(server, "/v1/users", { email: "bo@example.com", name: "Bo" });
    expect(server.requests[0]).toMatchObject({
      seq: 1,
      method: "POST",
      path: "/v1/users",
      route: "/v1/users",
      body: { email: "bo@example.com", name: "Bo" },
      status: 201,
      effects: ["upsert:bo@example.com"],
    });
  });

  it("counts, filters and clears in place, keeping sequence numbers", () => {
    const { ledger, writer } = createLedger();
    const base = { method: "GET", path: "/x", route: "/x", query: {}, headers: {}, body: undefined };
    const first = writer.open(base);
    writer.effect(first, "upsert", "a");
    writer.fault(writer.open({ ...base, method: "POST" }), "503");
    expect(ledger.count()).toBe(2);
    expect(ledger.count((e) => e.method === "POST")).toBe(1);
    expect(ledger.effectsOf("upsert")).toEqual(["a"]);
    expect(ledger.faults["503"]).toBe(1);
    const entries = ledger.entries;
    ledger.clear();
    expect(entries).toHaveLength(0);
    expect(ledger.effects).toHaveLength(0);
    expect(ledger.faults["503"]).toBe(0);
    expect(writer.open(base).seq).toBe(3);
  });
});
