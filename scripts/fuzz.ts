/**
 * `pnpm test:fuzz`: the property tests of core and of the reliability suite with 20 times their
 * runs, from a random seed that it prints first. `FC_SEED=<seed> pnpm test:fuzz` replays a run;
 * `FC_RUNS=<n>` changes the multiplier. Extra arguments go to vitest.
 */
import { spawnSync } from "node:child_process";
import { randomInt } from "node:crypto";

/** The seed, the multiplier and vitest's arguments of a fuzz run. */
export function fuzzPlan(
  env: Record<string, string | undefined>,
  extra: readonly string[] = [],
  random = () => randomInt(2 ** 31 - 1),
) {
  const seed = env.FC_SEED || String(random());
  const runs = env.FC_RUNS || "20";
  return {
    seed,
    runs,
    banner: `fast-check seed ${seed}, runs ×${runs}; replay with: FC_SEED=${seed} FC_RUNS=${runs} pnpm test:fuzz`,
    args: ["exec", "vitest", "run", "--project", "core", "--project", "reliability", "property", ...extra],
  };
}

function main(argv: string[]) {
  const plan = fuzzPlan(process.env, argv);
  console.log(plan.banner);
  const run = spawnSync("pnpm", plan.args, {
    stdio: "inherit",
    env: { ...process.env, FC_SEED: plan.seed, FC_RUNS: plan.runs },
  });
  console.log(plan.banner);
  process.exit(run.status ?? 1);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
