import { defineProvider, type Problem } from "../provider";
import { deactivateUsers, upsertUsers } from "./sparkwise/batch";
import { createSparkwiseState } from "./sparkwise/data";
import { failure } from "./sparkwise/envelope";
import type { SparkwiseAuth, SparkwiseState } from "./sparkwise/types";
import { listUsers } from "./sparkwise/users";
import { listClusters, listCompletions } from "./sparkwise/window";

export type {
  SparkwiseAuth,
  SparkwiseCluster,
  SparkwiseClusterRecord,
  SparkwiseCompletion,
  SparkwiseDeactivateBody,
  SparkwiseRecords,
  SparkwiseState,
  SparkwiseUser,
} from "./sparkwise/types";

/** The API key the fake accepts unless a test passes `auth: { apiKey }`. */
export const SPARKWISE_TEST_KEY = "swk_test_4f1c9a7e2b8d4e0fa3c6b5d2e9f8a1c0";

/**
 * A fake of the Sparkwise Account API 1.1.0 (specs/sparkwise/openapi.yaml).
 *
 * - Auth: the `x-api-key` header (`ServerApiKey`); missing or wrong → 401 in the error envelope.
 * - Errors: `{success: false, data: null, error: {message, metadata: {}}}` with 400/401/404/405/429/5xx.
 * - `GET /users`: 0-indexed `page`, `pageSize` 1..200 (default 200); out of range → 400.
 * - `GET /clusters`, `GET /completions`: the half-open window `[from, to)` on the cluster's creation
 *   time and the session's start; `from >= to` or a value that is not an RFC 3339 date-time → 400.
 *   Completions come as a bare array.
 * - `POST /users/batch-upsert`: 1..200 members matched by `remoteId`; creates or updates. A member
 *   fails, reported in `data.failed`, when its `remoteId` starts with `invalid-` ("This user cannot
 *   be processed") or its `email` is outside `state.trustedDomains` (default `["example.com"]`;
 *   `null` turns the rule off). Effect per written member: `upsert:<remoteId>`.
 * - `POST /users/batch-deactivate`: `{users: [{remoteId}]}` with 1..200 members, or the names in
 *   `state.deactivateBody` (`records.deactivateBody`), since the spec's names are a guess; soft (the
 *   user stays listed with `active: false`); an unknown user fails with "User not found", echoing
 *   the member. Effect: `deactivate:<the member's key>`.
 * - A malformed batch body (no `users`, 0 or > 200 members, a member without `remoteId` (or the
 *   configured key), a field of the wrong type) → 400 for the whole request.
 * - No documented rate limit: off unless `rateLimit` is passed (then 429 with `Retry-After`).
 * - Data: `users: N` seeded users (`remoteId` `ext-00001`…, about 10% inactive), max(5, N/10)
 *   clusters (at most 200) and one completion per user; or `records` ({@link SparkwiseRecords}).
 */
export const sparkwise = defineProvider<SparkwiseState, SparkwiseAuth>({
  name: "sparkwise",
  defaultAuth: { apiKey: SPARKWISE_TEST_KEY },
  credentialHeaders: ["x-api-key"],
  createState: createSparkwiseState,
  // every fake states the same fields in this order, its routes a table: alike by design
  routes: [
    { method: "GET", path: "/clusters", handler: listClusters },
    { method: "GET", path: "/completions", handler: listCompletions },
    { method: "GET", path: "/users", handler: listUsers },
    { method: "POST", path: "/users/batch-upsert", handler: upsertUsers },
    { method: "POST", path: "/users/batch-deactivate", handler: deactivateUsers },
  ],
  authenticate(ctx) {
    const key = ctx.header("x-api-key");
    if (key === ctx.options.auth.apiKey) return { ok: true, principal: "organisation" };
    return { ok: false, response: failure(401, key ? "Invalid API key" : "Missing API key") };
  },
  rateLimited: () => failure(429, "Too many requests"),
  error: (_ctx, problem: Problem) => failure(problem.status, problem.message),
});
