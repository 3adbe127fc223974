import type { Client as FetchClient } from "openapi-fetch";
import type { Auth } from "../security/auth.js";
import type { Redact } from "../security/redact.js";
import type { OperationMeta, ProviderMetadata } from "../spec/metadata.js";
import type { FindOperation } from "../spec/operation-index.js";
import type { DriftInspector } from "../spec/validate-response.js";
import type { Hooks } from "./hooks.js";
import type { Pacer } from "./pacer.js";
import type { RetryOptions, RetryPolicy } from "./retry-policy.js";
import type { Fetch } from "./send.js";

/** What every call of one client shares. */
export interface CallContext {
  readonly inner: FetchClient<any>;
  readonly meta: ProviderMetadata;
  /** The documented operation of a method and path template (`meta.operations`, indexed once). */
  readonly operation: FindOperation;
  readonly fetch: Fetch;
  readonly auth?: Auth;
  readonly retry: RetryPolicy;
  readonly timeoutMs?: number;
  readonly deadlineMs?: number;
  readonly hooks: Hooks;
  /** The pacer for an operation, when pacing is on. */
  readonly pacer?: (op?: OperationMeta) => Pacer | undefined;
  readonly redact: Redact;
  readonly baseUrl: string;
  /** `<origin>/` of the base URL, once it was found safe for credentials: requests under it need no new check. */
  readonly trusted?: string;
  readonly allowInsecureHttp?: boolean;
  /** Path parameters a call may leave out (`x-client-option` path parameters given as options). */
  readonly pathDefaults?: Readonly<Record<string, string>>;
  /** Checks each final response against the spec (`validateResponses`), when on. */
  readonly inspect?: DriftInspector;
}

/** Options any call accepts besides openapi-fetch's own. */
export interface CallOptions {
  /** Overrides the client's retry policy for this call. */
  retry?: RetryOptions | number | false;
  /** Overrides the client's per-attempt timeout for this call, in ms. */
  timeoutMs?: number;
  /** Overrides the client's whole-call deadline (retries and waits included) for this call, in ms. */
  deadlineMs?: number;
  /** Stops the call: a request in flight, a pacing or backoff wait. */
  signal?: AbortSignal;
}

export type CallInit = CallOptions & { params?: any; body?: unknown; [key: string]: unknown };
