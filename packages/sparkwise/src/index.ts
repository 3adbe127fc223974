// what every provider package exports: the spec's types, its operations' errors, core's public API
export * from "./generated/exports.js";
export { createSparkwiseClient } from "./client.js";
export type {
  BatchOutcome,
  DeactivateRef,
  SparkwiseBatchOptions,
  SparkwiseClient,
  SparkwiseClientOptions,
  TimeWindow,
} from "./client.js";
export type { DeactivateBody } from "./deactivate-body.js";
