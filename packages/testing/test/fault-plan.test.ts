import { describe, expect, it } from "vitest";
import { createFaultPicker, type FaultKind, type FaultTarget } from "../src/fault-plan";
import { createRng } from "../src/rng";
import { get, post, startEcho } from "./fixtures/start";

const target: FaultTarget = { method: "GET", path: "/v1/users", route: "/v1/users", query: {} };

function draw(seed: number, count: number, rate = 0.5): (FaultKind | undefined)[] {
  const pick = createFaultPicker({ rate }, createRng(seed));
  return Array.from({ length: count }, () => pick(target));
}

describe("createFaultPicker", () => {
  it("consumes a script one entry per request, then stays ok", () => {
    const pick = createFaultPicker(["503", "ok", "reset"], createRng(1));
    expect([pick(target), pick(target), pick(target), pick(target), pick(target)]).toEqual([
      "503",
      undefined,
      "reset",
      undefined,
      undefined,
    ]);
  });

  it("draws the same sequence from the same seed, another from another", () => {
    const first = draw(7, 200);
    expect(draw(7, 200)).toEqual(first);
    expect(draw(8, 200)).not.toEqual(first);
    const hits = first.filter(Boolean).length;
    expect(hits).toBeGreaterThan(60);
    expect(hits).toBeLessThan(140);
  });

  it("skips requests `only` rejects without consuming draws for them", () => {
    const pick = createFaultPicker(
      { rate: 1, kinds: ["500"], only: (t) => t.method === "POST" },
      createRng(1),
    );
    expect(pick(target)).toBeUndefined();
    expect(pick({ ...target, method: "POST" })).toBe("500");
  });

  it("rejects unknown kinds and rates outside [0, 1]", () => {
    expect(() => createFaultPicker(["418" as FaultKind], createRng(1))).toThrow(/Unknown fault kind/);
    expect(() => createFaultPicker({ rate: 1.5 }, createRng(1))).toThrow(RangeError);
    expect(() => createFaultPicker({ rate: 0.5, kinds: [] }, createRng(1))).toThrow(RangeError);
  });
});

describe("faults through the server", () => {
  it("follows the script in request order", async () => {
    const server = await startEcho({ faults: ["503", "ok", "500"] });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await get(server, "/v1/users")).status);
    expect(statuses).toEqual([503, 200, 500, 200]);
    expect(server.requests.map((r) => r.fault)).toEqual(["503", undefined, "500", undefined]);
    expect(server.ledger.faults).toMatchObject({ "503": 1, "500": 1, reset: 0 });
  });

  it("repeats the same fault sequence for the same seed", async () => {
    const run = async (seed: number) => {
      const server = await startEcho({ seed, faults: { rate: 0.5, kinds: ["500", "503", "429"] } });
      for (let i = 0; i < 20; i++) await get(server, "/v1/users");
      return server.requests.map((r) => r.fault ?? "ok");
    };
    const first = await run(3);
    expect(await run(3)).toEqual(first);
    expect(first.some((f) => f !== "ok")).toBe(true);
  });

  it("answers a status fault without running the handler", async () => {
    const server = await startEcho({ faults: ["503"] });
    expect((await post(server, "/v1/users", { email: "new@example.com" })).status).toBe(503);
    expect(server.ledger.effects).toEqual([]);
    expect(server.state.users.some((u) => u.email === "new@example.com")).toBe(false);
  });

  it("can swap the plan while running", async () => {
    const server = await startEcho();
    expect((await get(server, "/v1/users")).status).toBe(200);
    server.setFaults(["502"]);
    expect((await get(server, "/v1/users")).status).toBe(502);
    server.setFaults(undefined);
    expect((await get(server, "/v1/users")).status).toBe(200);
  });
});
