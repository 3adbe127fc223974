import fc from "fast-check";
import { count } from "./tally";

/**
 * fast-check's settings for the suite's properties, from the same variables as core's:
 * `FC_SEED` (the seed; a failure prints the seed and path that replay it), `FC_PATH`, `FC_RUNS`
 * (a multiplier of every property's runs; `pnpm test:fuzz` sets 20) and `FC_VERBOSE`.
 */
const env = process.env;
export const SEED = env.FC_SEED ? Number(env.FC_SEED) : 20_240_612;
const SCALE = env.FC_RUNS ? Math.max(Number(env.FC_RUNS), 0.01) : 1;

export function params<T>(runs: number): fc.Parameters<T> {
  return {
    seed: SEED,
    numRuns: Math.max(1, Math.round(runs * SCALE)),
    ...(env.FC_PATH && { path: env.FC_PATH }),
    verbose: env.FC_VERBOSE ? fc.VerbosityLevel.Verbose : fc.VerbosityLevel.None,
  };
}

/** A vitest timeout for `runs` cases of about `msPerCase` each, with room for a loaded machine. */
export const timeout = (runs: number, msPerCase: number) =>
  Math.max(30_000, Math.round(runs * SCALE * msPerCase * 10));

/** Counts one generated case. */
export const generated = () => count("propertyCases");

/** Fails the case with `message` unless `ok`, and counts the check. */
export function holds(ok: boolean, message: string | (() => string)): asserts ok {
  count("invariantsChecked");
  if (!ok) throw new Error(typeof message == "function" ? message() : message);
}
