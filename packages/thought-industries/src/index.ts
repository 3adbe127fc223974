// what every provider package exports: the spec's types, its operations' errors, core's public API
export * from "./generated/exports.js";
export { createThoughtIndustriesClient } from "./client.js";
export type { ThoughtIndustriesClient } from "./client.js";
export type { ThoughtIndustriesClientOptions } from "./generated/client.js";
export type { EventFeedPath, EventFeedQuery } from "./event-feed.js";
export { normalizeEventList, normalizeUser, normalizeUserList } from "./shapes.js";
export type { ClientAccount, Client, RateLimitErrorBody } from "./schemas.js";
