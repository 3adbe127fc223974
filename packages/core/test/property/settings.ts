import fc from "fast-check";

/**
 * How many cases each property runs, and from which seed. `pnpm test` runs a fixed seed, so a run
 * is repeatable; `pnpm test:fuzz` multiplies the runs and picks a random seed, which it prints.
 *
 * - `FC_SEED`: the seed (a failing case prints the seed and path that replay it).
 * - `FC_PATH`: with `FC_SEED`, replays exactly the printed counterexample and its shrinking.
 * - `FC_RUNS`: multiplies every property's runs (`pnpm test:fuzz` sets 20).
 * - `FC_VERBOSE`: prints every failing case met while shrinking.
 */
const env = typeof process == "undefined" ? {} : process.env;

export const SEED = env.FC_SEED ? Number(env.FC_SEED) : 20_240_612;
export const SCALE = env.FC_RUNS ? Math.max(Number(env.FC_RUNS), 0.01) : 1;

/** fast-check's parameters for a property that runs `runs` cases at scale 1. */
export function params<T>(runs: number): fc.Parameters<T> {
  return {
    seed: SEED,
    numRuns: Math.max(1, Math.round(runs * SCALE)),
    ...(env.FC_PATH && { path: env.FC_PATH }),
    // FC_VERBOSE=1 prints every failing case met while shrinking, not only the smallest
    verbose: env.FC_VERBOSE ? fc.VerbosityLevel.Verbose : fc.VerbosityLevel.None,
  };
}

/** The vitest timeout of a property whose `runs` cases take about `msPerCase` each, with room for a loaded machine. */
export const timeout = (runs: number, msPerCase: number) =>
  Math.max(30_000, Math.round(runs * SCALE * msPerCase * 10));
