import { describe, expect, it } from "vitest";
import { fuzzPlan } from "../fuzz.ts";

describe("fuzzPlan", () => {
  it("picks a random seed and 20 times the runs, and says how to replay them", () => {
    const plan = fuzzPlan({}, [], () => 12345);
    expect(plan).toMatchObject({ seed: "12345", runs: "20" });
    expect(plan.banner).toContain("FC_SEED=12345 FC_RUNS=20 pnpm test:fuzz");
    expect(plan.args).toEqual([
      "exec",
      "vitest",
      "run",
      "--project",
      "core",
      "--project",
      "reliability",
      "property",
    ]);
  });

  it("replays a given seed and multiplier, and passes extra arguments to vitest", () => {
    const plan = fuzzPlan({ FC_SEED: "7", FC_RUNS: "3" }, ["redirects"], () => 1);
    expect(plan).toMatchObject({ seed: "7", runs: "3" });
    expect(plan.args.at(-1)).toBe("redirects");
  });
});
