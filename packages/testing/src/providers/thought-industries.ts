import { defineProvider } from "../provider";
import { inCategory } from "./thought-industries/categories";
import { createCatalog } from "./thought-industries/catalog";
import { generateEvents } from "./thought-industries/events-data";
import { listEvents } from "./thought-industries/events";
import {
  authenticate,
  errorBody,
  rateLimited,
  rateLimitHeaders,
  STANDARD_PLAN,
} from "./thought-industries/http";
import {
  getUserZendeskContent,
  recordExternalActivity,
  resetCourseProgress,
  resetLearningPathProgress,
} from "./thought-industries/progress";
import {
  FEEDS,
  DEFAULT_SETTINGS,
  type ThoughtIndustriesAuth,
  type ThoughtIndustriesRecords,
  type ThoughtIndustriesState,
} from "./thought-industries/types";
import { createUser, getUser, updateUser, updateUserStatus } from "./thought-industries/users";
import { generateUsers } from "./thought-industries/users-data";
import { listUsers } from "./thought-industries/users-list";
import { json } from "../response";

export { ENTERPRISE_PLAN, STANDARD_PLAN } from "./thought-industries/http";
export { FEEDS } from "./thought-industries/types";
export type * from "./thought-industries/types";

/**
 * A fake of Thought Industries' `incoming/v2` API (specs/thought-industries/openapi.yaml), served at
 * the root of the fake's URL: pass `server.url` as the client's `baseUrl`.
 */
export const thoughtIndustries = defineProvider<ThoughtIndustriesState, ThoughtIndustriesAuth>({
  name: "thought-industries",
  defaultAuth: { apiKey: "ti_test_9f8e7d6c5b4a" },
  rateLimit: STANDARD_PLAN,
  exposeHeaders: ["x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset", "retry-after"],
  createState(options, rng) {
    const records = (options.records ?? {}) as ThoughtIndustriesRecords;
    const given = Array.isArray(records) ? { users: records } : records;
    const catalog = createCatalog(rng.fork("catalog"));
    const users = given.users ?? generateUsers(options.users, rng.fork("users"), catalog);
    const generated = generateEvents(users, rng.fork("events"), catalog);
    const events = Object.fromEntries(FEEDS.map((f) => [f, given.events?.[f] ?? generated[f]]));
    return {
      settings: { ...DEFAULT_SETTINGS, ...given.settings },
      users,
      events: events as ThoughtIndustriesState["events"],
      catalog,
      externalActivity: [],
    };
  },
  routes: [
    { method: "GET", path: "/ping", handler: () => json(200, { valid: true }) },
    { method: "GET", path: "/users", handler: listUsers },
    { method: "POST", path: "/users", handler: inCategory("user-writes", createUser) },
    { method: "GET", path: "/users/{id}", handler: getUser },
    { method: "PUT", path: "/users/{id}", handler: inCategory("user-writes", updateUser) },
    { method: "PUT", path: "/users/{id}/updateStatus", handler: inCategory("user-writes", updateUserStatus) },
    { method: "POST", path: "/users/{id}/resetProgress", handler: resetCourseProgress },
    { method: "POST", path: "/users/{id}/resetLearningPathProgress", handler: resetLearningPathProgress },
    { method: "GET", path: "/users/{id}/zendeskContent", handler: getUserZendeskContent },
    { method: "POST", path: "/learningPathExternalActivity", handler: recordExternalActivity },
    ...FEEDS.map((feed) => ({
      method: "GET" as const,
      path: `/events/${feed}`,
      handler: inCategory("events", listEvents(feed)),
    })),
  ],
  authenticate,
  rateLimited,
  rateLimitHeaders,
  error: errorBody,
});
