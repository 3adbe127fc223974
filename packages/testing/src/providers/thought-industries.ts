import { defineProvider, type Problem } from "../provider";
import { json } from "../response";

/** The fake's mutable state. */
export interface ThoughtIndustriesState {
  readonly users: unknown[];
}

/** The credentials the fake accepts. */
export interface ThoughtIndustriesAuth {
  apiKey: string;
}

/** A fake of the thought-industries API (to be completed from specs/thought-industries/openapi.yaml). */
export const thoughtIndustries = defineProvider<ThoughtIndustriesState, ThoughtIndustriesAuth>({
  name: "thought-industries",
  defaultAuth: { apiKey: "test-key" },
  createState: () => ({ users: [] }),
  routes: [],
  authenticate: (ctx) => ({ ok: true, principal: ctx.options.auth.apiKey }),
  rateLimited: (ctx) => ctx.error(429, "RATE_LIMITED", "Too many requests"),
  error: (_ctx, problem: Problem) =>
    json(problem.status, { error: { code: problem.code, message: problem.message } }),
});
