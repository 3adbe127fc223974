import { defineProvider } from "../provider";
import { getAnalytics } from "./isnotai/analytics";
import { authenticate, DEFAULT_AUTH } from "./isnotai/auth";
import { getSessionDetails } from "./isnotai/details";
import { problemResponse, rateLimitedResponse, TIER_HEADER } from "./isnotai/envelope";
import { getIntegration, getStats, health, listCourses } from "./isnotai/reports";
import { getSession, listEvents, listSessions } from "./isnotai/sessions";
import { createIsnotaiState } from "./isnotai/state";
import type { IsnotaiAuth, IsnotaiState } from "./isnotai/types";
import { getUsage } from "./isnotai/usage";
import { getUserSessions, listUsers } from "./isnotai/users";

export type {
  IsnotaiAuth,
  IsnotaiEvent,
  IsnotaiRecords,
  IsnotaiRegion,
  IsnotaiSession,
  IsnotaiState,
  IsnotaiTier,
  IsnotaiTierKeys,
  IsnotaiUser,
} from "./isnotai/types";

/**
 * A fake of the Not AI API (`specs/isnotai/openapi.yaml`) playing one region's host: every
 * operation, keys per tier and region, the tier header on every authenticated response, page
 * sizes clamped to the tier's cap, signed cursors, history windows and per-tier rate budgets.
 */
export const isnotai = defineProvider<IsnotaiState, IsnotaiAuth>({
  name: "isnotai",
  defaultAuth: DEFAULT_AUTH,
  exposeHeaders: [TIER_HEADER, "retry-after"],
  createState: createIsnotaiState,
  // every fake states the same fields in this order, its routes a table: alike by design
  routes: [
    { method: "GET", path: "/health", auth: false, handler: health },
    { method: "GET", path: "/v1/analytics", handler: getAnalytics },
    { method: "GET", path: "/v1/courses", handler: listCourses },
    { method: "GET", path: "/v1/integration", handler: getIntegration },
    { method: "GET", path: "/v1/sessions", handler: listSessions },
    { method: "GET", path: "/v1/sessions/{sessionId}", handler: getSession },
    { method: "GET", path: "/v1/sessions/{sessionId}/details", handler: getSessionDetails },
    { method: "GET", path: "/v1/sessions/{sessionId}/events", handler: listEvents },
    { method: "GET", path: "/v1/stats", handler: getStats },
    { method: "GET", path: "/v1/usage", handler: getUsage },
    { method: "GET", path: "/v1/users", handler: listUsers },
    { method: "GET", path: "/v1/users/{userId}/sessions", handler: getUserSessions },
  ],
  authenticate,
  rateLimited: (_ctx, info) => rateLimitedResponse(info.retryAfterSeconds),
  error: problemResponse,
});
