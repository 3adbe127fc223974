import { describe, expect, it } from "vitest";
import { createRng } from "../src/rng";
import { echoProvider } from "./fixtures/echo-provider";
import { resolveOptions } from "../src/options";

describe("createRng", () => {
  it("gives the same values for the same seed", () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return [rng.next(), rng.int(1, 6), rng.pick(["a", "b", "c"]), rng.uuid(), rng.id("usr"), rng.isoDate()];
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it("keeps values in range and in shape", () => {
    const rng = createRng(1);
    for (let i = 0; i < 500; i++) {
      const n = rng.int(-2, 2);
      expect(n >= -2 && n <= 2 && Number.isInteger(n)).toBe(true);
    }
    expect(rng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(rng.id("usr", 8)).toMatch(/^usr_[0-9a-z]{8}$/);
    expect(rng.id("")).toMatch(/^[0-9a-z]{12}$/);
    const date = rng.isoDate("2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z");
    expect(date >= "2024-01-01" && date < "2024-02-01").toBe(true);
    expect(date).toMatch(/\.000Z$/);
    expect(() => rng.pick([])).toThrow(RangeError);
  });

  it("forks independent streams without disturbing the parent", () => {
    const a = createRng(5);
    const b = createRng(5);
    a.fork("data").next();
    expect(a.next()).toBe(b.next());
    expect(createRng(5).fork("data").next()).not.toBe(createRng(5).fork("faults").next());
  });
});

describe("seeded data", () => {
  it("generates 10,000 users, the same for the same seed", () => {
    const generate = (seed: number) => {
      const options = resolveOptions({ seed, users: 10_000 }, echoProvider);
      return echoProvider.createState(options, createRng(seed).fork("data")).users;
    };
    const users = generate(7);
    expect(users).toHaveLength(10_000);
    expect(generate(7)).toEqual(users);
    expect(generate(8)[0]).not.toEqual(users[0]);
  });
});
