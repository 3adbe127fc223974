import createFetchClient, { type Client as FetchClient, type MaybeOptionalInit } from "openapi-fetch";
import type { Auth } from "../security/auth.js";
import { call } from "../request/call.js";
import { invalid, invalidField } from "../errors/invalid.js";
import { type Hooks, mergeHooks } from "../request/hooks.js";
import { LOG_LEVELS, type LogLevel, type Logger, logHooks, resolveLogging } from "../observe/log.js";
import type { OperationMeta, ProviderMetadata, RateLimitMeta } from "../spec/metadata.js";
import { type Pacer, bothPacers, createPacer } from "../request/pacer.js";
import { createPaginator } from "../pagination/paginate.js";
import { indexOperations } from "../spec/operation-index.js";
import { serializeQuery } from "../request/query.js";
import { createRedactor } from "../security/redact.js";
import { type RetryOptions, normalizeRetry } from "../request/retry-policy.js";
import { check, checkCallOptions } from "./options.js";
import type { Fetch } from "../request/send.js";
import { assertSecure, resolveBaseUrl } from "./server-url.js";
import type { PaginateOptions, Paginator } from "../pagination/types.js";
import type { CallContext, CallOptions } from "../request/context.js";
import type { DriftMode, ResponseValidators } from "../spec/validate-response.js";

/** Options every Clientele client takes, besides the provider's credentials. */
export interface ClientOptions {
  /** Overrides the provider's server: a fake, a proxy, a regional host. */
  baseUrl?: string;
  /**
   * A replacement `fetch` (tests, proxies, instrumentation). It receives a `Request` and, as the
   * second argument, `{ signal }`: the attempt's signal, which fires on its timeout, its deadline or
   * the caller's abort (the `Request` itself carries none). A `fetch` that ignores it still ends on
   * time: core stops waiting for it, and sends nothing more for that attempt.
   * @default globalThis.fetch
   */
  fetch?: Fetch;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Retry policy, a retry count, or `false` for none. @default { retries: 2 } (see DEFAULT_RETRY) */
  retry?: RetryOptions | number | false;
  /** Longest wait for one attempt, in ms (0: none). @default 60000 */
  timeoutMs?: number;
  /** Longest time for a whole call, retries and waits included, in ms. @default none */
  deadlineMs?: number;
  /** Observers of every attempt, response, retry and error (credential-free); a list runs each in order. */
  hooks?: Hooks | readonly Hooks[];
  /**
   * Where log lines go: `console` or any logger with `debug`, `info`, `warn` and `error` methods,
   * each called as `(line, fields)`. @default the console, once a level is set
   */
  logger?: Logger;
  /**
   * What is logged: `debug` every attempt and response, `info` retries, `warn` a result with an
   * error status, `error` a call that throws, `silent` nothing.
   * @default `CLIENTELE_LOG` from the environment, else `info` with a `logger`, else nothing
   */
  logLevel?: LogLevel;
  /**
   * Spaces requests to stay within the spec's `x-rate-limit` budgets: `true` for the documented
   * plan budget (and each operation's category budget on top), a plan's name (`"enterprise"`) for
   * that plan's budget, or one given budget for every request. @default false
   */
  pace?: boolean | string | RateLimitMeta;
  /** Allows credentials over plain http to a host that is not a loopback address. @default false */
  allowInsecureHttp?: boolean;
  /**
   * Checks every response (each page of a walk, each batch chunk) against the spec's schema for its
   * status: `"warn"` reports a difference through `hooks.onDrift` (or `console.warn`) and returns
   * the data; `"throw"` throws a `SpecDriftError`. Needs `validators`.
   * @default "off"
   */
  validateResponses?: "off" | DriftMode;
  /**
   * The provider's generated response validators, needed by `validateResponses` (and bundled only
   * when imported).
   * @example import { validators } from "@clientele/sparkwise/validate";
   */
  validators?: ResponseValidators;
}

/** What a provider package passes to `createClient`. */
export interface CoreClientOptions extends ClientOptions {
  auth?: Auth;
  /** Picks a server by its description in the spec (e.g. "EU"). @default the first */
  server?: string;
  /** Values for the server URL's `{variables}`. */
  serverVariables?: Record<string, string | undefined>;
  /** Path parameters every call that leaves them out takes (checked by the caller). */
  pathDefaults?: Record<string, string>;
}

type GetInit<PathItem> = MaybeOptionalInit<PathItem, "get" & keyof PathItem>;
type PaginateArgs<PathItem> =
  undefined extends GetInit<PathItem>
    ? [init?: GetInit<PathItem> & CallOptions, options?: PaginateOptions]
    : [init: GetInit<PathItem> & CallOptions, options?: PaginateOptions];

/** openapi-fetch's typed client, plus pagination driven by the spec. */
export type Client<Paths extends {}, Items = {}> = FetchClient<Paths> & {
  /** Every item of a paginated operation, typed from the path, fetched lazily. */
  paginate<P extends keyof Items & keyof Paths & string>(
    path: P,
    ...args: PaginateArgs<Paths[P]>
  ): Paginator<Items[P]>;
  /** The base URL requests go to. */
  readonly baseUrl: string;
};

const contexts = new WeakMap<object, CallContext>();

/** The context of a client `createClient` made, for helpers outside it (`runBatch`). */
export function contextOf(client: object): CallContext {
  const ctx = contexts.get(client);
  if (!ctx) throw new TypeError("expected a client made by createClient");
  return ctx;
}

/**
 * A new client with `helpers` beside `client`'s methods; `client` itself is left as it is. `helpers`
 * receives `client`, to call through it; the result works with `runBatch` like `client` does.
 * @example
 * const client = extendClient(base, (c) => ({ health: () => unwrap(c.GET("/health")) }));
 */
export function extendClient<C extends object, Helpers extends object>(
  client: C,
  helpers: (client: C) => Helpers,
): C & Helpers {
  const extended = { ...client, ...helpers(client) };
  contexts.set(extended, contextOf(client));
  return extended;
}

/** Builds a client for one provider from its generated metadata. */
export function createClient<Paths extends {}, Items = {}>(
  meta: ProviderMetadata,
  options: CoreClientOptions = {},
): Client<Paths, Items> {
  checkClientOptions(options, meta.name);
  const { auth, pace, timeoutMs = 60_000, validateResponses: mode } = options;
  const baseUrl = resolveBaseUrl(meta, options.baseUrl, options.server, options.serverVariables);
  // checked once here; a request under this origin needs no new check (redirects are checked apart)
  const trusted =
    auth && URL.canParse(baseUrl) ? `${assertSecure(baseUrl, options.allowInsecureHttp)}/` : undefined;
  const inner = createFetchClient<Paths>({
    baseUrl,
    headers: options.headers,
    querySerializer: serializeQuery,
  });
  const redact = createRedactor(
    () => auth?.secrets() ?? [],
    Object.values(meta.securitySchemes).flatMap((scheme) => scheme.credential?.prefix ?? []),
  );
  const logging = resolveLogging(options.logger, options.logLevel);
  const hooks = mergeHooks([
    ...(logging ? [logHooks(logging, meta.name, redact)] : []),
    ...[options.hooks ?? []].flat(),
  ]);
  const ctx: CallContext = {
    ...options,
    inner: inner as FetchClient<any>,
    meta,
    operation: indexOperations(meta.operations),
    fetch: options.fetch ?? ((request, init) => fetch(request, init)),
    retry: normalizeRetry(options.retry),
    timeoutMs,
    hooks,
    pacer: pace ? pacers(meta, pace) : undefined,
    redact,
    inspect:
      mode && mode != "off" ? options.validators!.inspector(mode, hooks, redact, meta.name) : undefined,
    baseUrl,
    trusted,
  };
  const client: Record<string, unknown> = {
    request: (method: string, path: string, init?: {}) => call(ctx, method.toUpperCase(), path, init),
    use: inner.use,
    eject: inner.eject,
    paginate: (path: string, init?: {}, opts?: PaginateOptions) => createPaginator(ctx, path, init, opts),
    baseUrl,
  };
  for (const m of ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"])
    client[m] = (path: string, init?: {}) => call(ctx, m, path, init);
  contexts.set(client, ctx);
  return client as unknown as Client<Paths, Items>;
}

/** Every option is checked before the client exists: a wrong one is a `ValidationError` naming it. */
function checkClientOptions(options: CoreClientOptions, provider: string): void {
  checkCallOptions(options as Record<string, unknown>);
  const { hooks = [], headers = {}, pace, baseUrl, logger, validateResponses: mode, validators } = options;
  check(options.fetch, "fetch", "function");
  check(options.allowInsecureHttp, "allowInsecureHttp", "boolean");
  const many = Array.isArray(hooks);
  for (const [i, set] of (many ? hooks : [hooks]).entries()) {
    const at = many ? `hooks[${i}]` : "hooks";
    check(set, at, "object");
    for (const [name, hook] of Object.entries(set)) check(hook, `${at}.${name}`, "function");
  }
  if (options.logLevel !== undefined && !LOG_LEVELS.includes(options.logLevel))
    invalidField("logLevel", "type", `must be one of ${LOG_LEVELS.join(", ")}`);
  if (logger !== undefined) {
    check(logger, "logger", "object");
    for (const level of ["debug", "info", "warn", "error"] as const)
      if (typeof logger[level] != "function") invalidField(`logger.${level}`, "type", "must be a function");
  }
  for (const [name, value] of Object.entries(headers))
    if (typeof value != "string") invalidField(`headers.${name}`, "type", "must be a string");
  if (baseUrl !== undefined && !URL.canParse(baseUrl))
    invalidField("baseUrl", "type", "must be an absolute URL");
  if (pace && typeof pace == "object") {
    if (!(pace.requests > 0 && pace.perSeconds > 0))
      invalidField("pace", "type", "needs requests and perSeconds above 0");
    check(pace.burst, "pace.burst", "positive");
  } else if (!["boolean", "string", "undefined"].includes(typeof pace))
    invalidField("pace", "type", "must be true, a plan's name or a budget");
  // the validators check the rest (their provider), so that a client without them ships no more
  if (mode && mode != "off" && (mode != "warn" && mode != "throw" ? 1 : !validators?.inspector))
    invalidField(
      validators ? "validateResponses" : "validators",
      "type",
      `"${mode}" needs "warn" or "throw" and @clientele/${provider}/validate's validators`,
    );
}

/**
 * The pacer of each operation. `pace: true` paces by the spec's budgets: the provider's plan budget
 * (`x-rate-limit`) for every request, and an operation's own budget too, shared by every operation
 * of the same scope (a category). `pace: "<plan>"` takes the plan budget from `x-rate-limit.plans`;
 * a budget object replaces them all.
 */
function pacers(meta: ProviderMetadata, pace: true | string | RateLimitMeta) {
  const documented = !!meta.rateLimit || Object.values(meta.operations).some((op) => op.rateLimit);
  if (pace === true && !documented)
    invalid(
      "pace",
      "x-rate-limit",
      `${meta.name} documents no rate limit; pass pace: { requests, perSeconds }`,
    );
  const planned = typeof pace == "string" ? meta.rateLimit?.plans?.[pace] : undefined;
  if (typeof pace == "string" && !planned)
    invalid(
      "pace",
      "enum",
      `${meta.name} documents no "${pace}" plan; known: ${Object.keys(meta.rateLimit?.plans ?? {}).join(", ") || "none"}`,
    );
  const plan = typeof pace == "object" ? pace : (planned ?? meta.rateLimit);
  const root = plan && createPacer(plan);
  // an operation without a scope has a budget of its own: keyed by the operation itself
  const shared = new Map<string | OperationMeta, Pacer | undefined>();
  return (op?: OperationMeta) => {
    const own = typeof pace == "object" ? undefined : op?.rateLimit;
    if (!own || !op) return root;
    const key = own.scope ?? op;
    if (!shared.has(key)) shared.set(key, bothPacers(createPacer(own), root));
    return shared.get(key);
  };
}
