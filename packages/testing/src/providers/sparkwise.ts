import { defineProvider, type Problem } from "../provider";
import { json } from "../response";

/** The fake's mutable state. */
export interface SparkwiseState {
  readonly users: unknown[];
}

/** The credentials the fake accepts. */
export interface SparkwiseAuth {
  apiKey: string;
}

/** A fake of the sparkwise API (to be completed from specs/sparkwise/openapi.yaml). */
export const sparkwise = defineProvider<SparkwiseState, SparkwiseAuth>({
  name: "sparkwise",
  defaultAuth: { apiKey: "test-key" },
  createState: () => ({ users: [] }),
  routes: [],
  authenticate: (ctx) => ({ ok: true, principal: ctx.options.auth.apiKey }),
  rateLimited: (ctx) => ctx.error(429, "RATE_LIMITED", "Too many requests"),
  error: (_ctx, problem: Problem) =>
    json(problem.status, { error: { code: problem.code, message: problem.message } }),
});
