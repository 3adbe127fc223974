// what every provider package exports: the spec's types, its operations' errors, core's public API
export * from "./generated/exports.js";
export { createMercuryClient } from "./client.js";
export type { BotUserQuery, ListBotUsersOptions, MercuryClient, MercuryClientOptions } from "./client.js";
export { checkFilters, checkStageIds, serializeFilters, serializeSortBy } from "./query.js";
export type { Filter, SortKey } from "./query.js";
export { parseLastInteractionTime } from "./time.js";
export { verifyWebhookSignature } from "./webhook.js";
export type { VerifyOptions } from "./webhook.js";
