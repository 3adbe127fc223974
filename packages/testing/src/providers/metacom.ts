import { defineProvider } from "../provider";
import { createLongLivedToken, resetPassword, resetTwoFactor } from "./metacom/actions";
import { authenticate } from "./metacom/auth";
import { errorEnvelope } from "./metacom/envelope";
import { createMetacomState, type MetacomAuth, type MetacomState } from "./metacom/state";
import { activeUsers, getReferenceData, getUser, listUsers } from "./metacom/users";

export type { MetacomAuth, MetacomState, MetacomUser, MintedToken } from "./metacom/state";

/**
 * A fake of the Metacom platform REST API v2 (users and usage statistics), after
 * specs/metacom/openapi.yaml. Paths are relative to the base URL, which stands for
 * `https://<domain>/api/v2`. No rate limit is documented, so none applies unless a test sets one.
 */
export const metacom = defineProvider<MetacomState, MetacomAuth>({
  name: "metacom",
  defaultAuth: { token: "mc_lt_3f9c2a7e1b", environmentId: "acme_prod" },
  credentialHeaders: ["environment-id"],
  createState: createMetacomState,
  // every fake states the same fields in this order, its routes a table: alike by design
  routes: [
    { method: "GET", path: "/users", handler: listUsers },
    { method: "GET", path: "/users/{userId}", handler: getUser },
    { method: "GET", path: "/users/{userId}/reference-data", handler: getReferenceData },
    { method: "POST", path: "/users/{userId}/long-lived-tokens", handler: createLongLivedToken },
    { method: "POST", path: "/auth/reset-password", handler: resetPassword },
    { method: "POST", path: "/auth/reset-2FA", handler: resetTwoFactor },
    { method: "GET", path: "/usage-statistics/active-users", handler: activeUsers },
  ],
  authenticate,
  rateLimited: (ctx) => ctx.error(429, "rate_limited", "Too many requests"),
  error: errorEnvelope,
});
