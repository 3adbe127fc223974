import createFetchClient, { type Client as FetchClient, type MaybeOptionalInit } from "openapi-fetch";
import type { Auth } from "./auth.js";
import { type BatchOptions, type BatchResult, runBatch } from "./batch.js";
import { type CallContext, type CallInit, type CallOptions, call } from "./call.js";
import { ValidationError } from "./errors.js";
import type { Hooks } from "./hooks.js";
import type { ProviderMetadata, RateLimitMeta } from "./metadata.js";
import { createPacer } from "./pacer.js";
import { type PaginateInit, type PaginateOptions, type Paginator, createPaginator } from "./paginate.js";
import { createRedactor } from "./redact.js";
import { type RetryOptions, normalizeRetry } from "./retry-policy.js";
import { safeForCredentials } from "./send.js";
import { resolveBaseUrl } from "./server-url.js";

/** Options every Clientele client takes, besides the provider's credentials. */
export interface ClientOptions {
  /** Overrides the provider's server: a fake, a proxy, a regional host. */
  baseUrl?: string;
  /** A replacement `fetch` (tests, proxies, instrumentation). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Retry policy, a retry count, or `false` for none. @default { retries: 2 } */
  retry?: RetryOptions | number | false;
  /** Longest wait for one attempt, in ms. @default 60000 */
  timeoutMs?: number;
  /** Longest time for a whole call, retries and waits included, in ms. @default none */
  deadlineMs?: number;
  /** Observers of every attempt, retry and response (credential-free). */
  hooks?: Hooks;
  /** Spaces requests to stay within the spec's `x-rate-limit` (`true`) or a given budget. @default false */
  pace?: boolean | RateLimitMeta;
  /** Allows credentials over plain http to a non-loopback host. @default false */
  allowInsecureHttp?: boolean;
}

/** What a provider package passes to `createClient`. */
export interface CoreClientOptions extends ClientOptions {
  auth?: Auth;
  /** Picks a server by its description in the spec (e.g. "EU"). @default the first */
  server?: string;
  /** Values for the server URL's `{variables}`. */
  serverVariables?: Record<string, string | undefined>;
}

type GetInit<PathItem> = MaybeOptionalInit<PathItem, "get" & keyof PathItem>;
type PaginateArgs<PathItem> =
  undefined extends GetInit<PathItem>
    ? [init?: GetInit<PathItem> & CallOptions, options?: PaginateOptions]
    : [init: GetInit<PathItem> & CallOptions, options?: PaginateOptions];

/** openapi-fetch's typed client, plus pagination and batches driven by the spec. */
export type Client<Paths extends {}, Items = {}> = FetchClient<Paths> & {
  /** Every item of a paginated operation, typed, fetched lazily. */
  paginate<P extends keyof Items & keyof Paths & string>(
    path: P,
    ...args: PaginateArgs<Paths[P]>
  ): Paginator<Items[P]>;
  /** Any number of members sent to a batch operation in chunks; every member accounted for. */
  batch<Member>(
    method: "POST" | "PUT" | "PATCH",
    path: keyof Paths & string,
    members: readonly Member[],
    options?: BatchOptions,
  ): Promise<BatchResult<Member>>;
  /** The base URL requests go to. */
  readonly baseUrl: string;
};

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/** Builds a client for one provider from its generated metadata. */
export function createClient<Paths extends {}, Items = {}>(
  meta: ProviderMetadata,
  options: CoreClientOptions = {},
): Client<Paths, Items> {
  const baseUrl = resolveBaseUrl(meta, options.baseUrl, options.server, options.serverVariables);
  const { auth } = options;
  if (auth && !options.allowInsecureHttp && isInsecure(baseUrl)) {
    throw new ValidationError(
      `refusing to send credentials over plain http to ${baseUrl}; use https (or allowInsecureHttp)`,
      "baseUrl",
      "https",
    );
  }
  const inner = createFetchClient<Paths>({ baseUrl, headers: options.headers });
  const ctx: CallContext = {
    inner: inner as FetchClient<any>,
    meta,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    auth,
    retry: normalizeRetry(options.retry),
    timeoutMs: options.timeoutMs ?? 60_000,
    deadlineMs: options.deadlineMs,
    hooks: options.hooks ?? {},
    pacer: options.pace ? createPacer(options.pace === true ? requireBudget(meta) : options.pace) : undefined,
    redact: createRedactor(() => auth?.secrets() ?? []),
    baseUrl,
  };
  const client: Record<string, unknown> = {
    request: (method: string, path: string, init?: CallInit) => call(ctx, method.toUpperCase(), path, init),
    use: inner.use,
    eject: inner.eject,
    paginate: (path: string, init?: PaginateInit, opts?: PaginateOptions) =>
      createPaginator(ctx, path, init, opts),
    batch: (method: string, path: string, members: readonly unknown[], opts?: BatchOptions) =>
      runBatch(ctx, method, path, members, opts),
    baseUrl,
  };
  for (const m of METHODS) client[m] = (path: string, init?: CallInit) => call(ctx, m, path, init);
  return client as unknown as Client<Paths, Items>;
}

function isInsecure(baseUrl: string): boolean {
  return URL.canParse(baseUrl) && !safeForCredentials(new URL(baseUrl));
}

function requireBudget(meta: ProviderMetadata): RateLimitMeta {
  if (!meta.rateLimit)
    throw new ValidationError(
      `${meta.name} documents no rate limit; pass pace: { requests, perSeconds }`,
      "pace",
      "x-rate-limit",
    );
  return meta.rateLimit;
}
