import { defineProvider, type Problem } from "../provider";
import { json } from "../response";

/** The fake's mutable state. */
export interface IsnotaiState {
  readonly users: unknown[];
}

/** The credentials the fake accepts. */
export interface IsnotaiAuth {
  apiKey: string;
}

/** A fake of the isnotai API (to be completed from specs/isnotai/openapi.yaml). */
export const isnotai = defineProvider<IsnotaiState, IsnotaiAuth>({
  name: "isnotai",
  defaultAuth: { apiKey: "test-key" },
  createState: () => ({ users: [] }),
  routes: [],
  authenticate: (ctx) => ({ ok: true, principal: ctx.options.auth.apiKey }),
  rateLimited: (ctx) => ctx.error(429, "RATE_LIMITED", "Too many requests"),
  error: (_ctx, problem: Problem) =>
    json(problem.status, { error: { code: problem.code, message: problem.message } }),
});
