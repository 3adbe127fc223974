// what every provider package exports: the spec's types, its operations' errors, core's public API
export * from "./generated/exports.js";
export { createIsNotAiClient } from "./generated/client.js";
export type { IsNotAiClient, IsNotAiClientOptions, IsNotAiRegion } from "./generated/client.js";
export { tierOf } from "./tier.js";
export type { IsNotAiTier } from "./tier.js";
