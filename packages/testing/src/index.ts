export { startFakeServer, type FakeServer, type FakeServerOf } from "./server";
export type { Credentials, FakeServerOptions, ResolvedOptions } from "./options";
export type { ProviderName, ProviderTypes } from "./providers";
export {
  DEFAULT_RATE_KINDS,
  FAULT_KINDS,
  type FaultKind,
  type FaultPlan,
  type FaultRate,
  type FaultScript,
  type FaultTarget,
} from "./fault-plan";
export { REDACTED } from "./redact";
export {
  UNDOCUMENTED_STATUS,
  driftMutations,
  mutationsOf,
  type DriftKind,
  type DriftMutation,
  type DriftResponse,
} from "./drift";
export { driftTargets, type DriftCall, type DriftProperty, type DriftTarget } from "./drift/targets";
export type { Effect, Ledger, LedgerEntry } from "./ledger";

// For provider modules (and consumers writing a fake of their own).
export {
  defineProvider,
  type AuthOutcome,
  type FakeProvider,
  type HttpMethod,
  type Problem,
  type Route,
  type RouteContext,
} from "./provider";
export { empty, json, text, withHeaders, type FakeResponse } from "./response";
export { createRateLimiter, type RateLimit, type RateLimitInfo, type RateLimiter } from "./rate-limiter";
export { createRng, type Rng } from "./rng";
export {
  compareKeys,
  sliceAt,
  sliceByKey,
  slicePage,
  type Key,
  type KeysetOptions,
  type KeysetSlice,
  type OffsetSlice,
  type PageSlice,
} from "./paging";
export { decodeCursor, encodeCursor } from "./cursor";
export { readInt, type IntResult, type IntRule } from "./params";
