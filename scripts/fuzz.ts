/**
 * `pnpm test:fuzz`: the property tests of core and of the reliability suite with 20 times their
 * runs, from a random seed that it prints first. `FC_SEED=<seed> pnpm test:fuzz` replays a run;
 * `FC_RUNS=<n>` changes the multiplier. Test file filters, and after `--` any other argument, go to vitest.
 */
import { spawnSync } from "node:child_process";
import { randomInt } from "node:crypto";
import { defineCommand, readCommandLine } from "./lib/args.ts";

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

export const command = defineCommand({
  usage: "pnpm test:fuzz",
  summary:
    "Runs the property tests of core and of the reliability suite with 20 times their runs from a random seed, printed first; FC_SEED=<seed> replays a run, FC_RUNS=<n> changes the multiplier.",
  options: {},
  positionals: { name: "filter", description: "vitest file filters, among the property test files" },
  passThrough: "more arguments for vitest",
  examples: [
    "pnpm test:fuzz redirects                # only the files whose name has `redirects`",
    "FC_SEED=1234 FC_RUNS=5 pnpm test:fuzz -- --reporter=dot",
  ],
});

function main(argv: string[]) {
  const { positionals, rest } = readCommandLine(command, argv);
  const plan = fuzzPlan(process.env, [...positionals, ...rest]);
  console.log(plan.banner);
  const run = spawnSync("pnpm", plan.args, {
    stdio: "inherit",
    env: { ...process.env, FC_SEED: plan.seed, FC_RUNS: plan.runs },
  });
  console.log(plan.banner);
  process.exit(run.status ?? 1);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
