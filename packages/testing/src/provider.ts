import type { RequestHeaders } from "./incoming";
import type { Credentials, ResolvedOptions } from "./options";
import type { RateLimit, RateLimitInfo } from "./rate-limiter";
import type { FakeResponse } from "./response";
import type { Rng } from "./rng";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A generic error the framework asks the provider to put in its own envelope. */
export interface Problem {
  readonly status: number;
  /** A generic code (`not_found`, `bad_request`, `service_unavailable`…); providers may map it. */
  readonly code: string;
  readonly message: string;
}

/** What `authenticate` returns: the caller's principal (the rate-limit key), or the provider's 401/403. */
export type AuthOutcome =
  { readonly ok: true; readonly principal: string } | { readonly ok: false; readonly response: FakeResponse };

/** One request, as a handler sees it. */
export interface RouteContext<S = unknown, A extends Credentials = Record<string, string>> {
  /** The request's ledger sequence number. */
  readonly seq: number;
  /** A per-request id (`req_00000001`…) for the provider's request-id header and error bodies. */
  readonly requestId: string;
  readonly method: string;
  /** The path as sent, still percent-encoded. */
  readonly path: string;
  /** The matched template, e.g. `/v1/users/{userId}`. */
  readonly route: string;
  /** Path parameters, each decoded exactly once. */
  readonly params: Readonly<Record<string, string>>;
  /** The query; repeated keys are kept (`getAll`). */
  readonly query: URLSearchParams;
  /** Lower-case names, as Node parses them. */
  readonly headers: RequestHeaders;
  /** One header's value (the first, when repeated). */
  header(name: string): string | undefined;
  /** Parsed JSON (or form) body; undefined when empty. */
  readonly body: unknown;
  readonly rawBody: string;
  /** The provider's mutable state. */
  readonly state: S;
  /** Set by `authenticate`; undefined on a route with `auth: false`. */
  readonly principal: string | undefined;
  /** A seeded source for values the server makes up at run time (ids of created records…). */
  readonly rng: Rng;
  readonly options: ResolvedOptions<A>;
  /** Records a side effect in the ledger, e.g. `effect("upsert", email)`. */
  effect(kind: string, key: string): void;
  /** The provider's error envelope for this request. */
  error(status: number, code: string, message: string): FakeResponse;
}

/** One operation of the fake: a method, an OpenAPI-style path template and its handler. */
export interface Route<S = unknown, A extends Credentials = Record<string, string>> {
  readonly method: HttpMethod;
  readonly path: string;
  /** `false` for an unauthenticated operation (`security: []`). */
  readonly auth?: false;
  handler(ctx: RouteContext<S, A>): FakeResponse | Promise<FakeResponse>;
}

/** A provider's fake: its state, its routes and how it answers auth, rate-limit and error cases. */
export interface FakeProvider<S = unknown, A extends Credentials = Record<string, string>> {
  readonly name: string;
  /** The credentials accepted when a test passes none. */
  readonly defaultAuth: A;
  /** The spec's `x-rate-limit`, applied per principal unless the options say otherwise. */
  readonly rateLimit?: RateLimit;
  /** Headers that carry credentials beyond the usual ones; redacted in the ledger. */
  readonly credentialHeaders?: readonly string[];
  /** Response headers a browser may read (rate-limit, request id…), added to CORS expose-headers. */
  readonly exposeHeaders?: readonly string[];
  /** The header that carries `ctx.requestId` on every response, if the provider sends one. */
  readonly requestIdHeader?: string;
  /** Builds the state from the options (`users`, `records`) and a seeded source. */
  createState(options: ResolvedOptions<A>, rng: Rng): S;
  readonly routes: readonly Route<S, A>[];
  authenticate(ctx: RouteContext<S, A>): AuthOutcome;
  /** The provider's 429. `Retry-After` is set (or removed) by the framework afterwards. */
  rateLimited(ctx: RouteContext<S, A>, info: RateLimitInfo): FakeResponse;
  /** Rate-limit headers on every response of a rate-limited fake, if the provider sends them. */
  rateLimitHeaders?(info: RateLimitInfo): Record<string, string>;
  /** The provider's error envelope. */
  error(ctx: RouteContext<S, A>, problem: Problem): FakeResponse;
}

/** Identity helper that lets TypeScript infer a provider's state and credential types. */
export function defineProvider<S, A extends Credentials>(provider: FakeProvider<S, A>): FakeProvider<S, A> {
  return provider;
}
