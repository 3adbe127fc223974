// what every provider package exports: the spec's types, its operations' errors, core's public API
export * from "./generated/exports.js";
export { createSparkwiseClient } from "./client.js";
export type {
  BatchOutcome,
  DeactivateRef,
  SparkwiseBatchOptions,
  SparkwiseClient,
  SparkwiseClientOptions,
} from "./client.js";
export type { DeactivateBody } from "./deactivate-body.js";
export type { TimeWindow } from "./window.js";
