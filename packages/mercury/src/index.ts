// what every provider package exports: the spec's types, its operations' errors, core's public API
export * from "./generated/exports.js";
export { createMercuryClient } from "./generated/client.js";
export type { MercuryClient, MercuryClientOptions } from "./generated/client.js";
export { parseLastInteractionTime } from "./time.js";
export { verifyWebhookSignature } from "./webhook.js";
export type { VerifyOptions } from "./webhook.js";
