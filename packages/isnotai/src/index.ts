// what every provider package exports: the spec's types, its operations' errors, core's public API
export * from "./generated/exports.js";
export { createIsNotAiClient } from "./client.js";
export type { IsNotAiClientOptions, IsNotAiRegion } from "./client.js";
export type { IsNotAiClient } from "./generated/client.js";
export { tierOf } from "./tier.js";
export type { IsNotAiTier } from "./tier.js";
