import type { CallOptions, ClientOptions, PaginateOptions, Paginator } from "@clientele/core";
import type { FakeServer, FaultPlan, ProviderName } from "@clientele/testing";

/** openapi-fetch's result of one raw call. */
export interface RawResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** How a subject's fake is started. */
export interface FakeOptions {
  /** How many items the subject's list holds. @default the fake's default */
  items?: number;
  faults?: FaultPlan;
  /** The `Retry-After` of an injected 429. @default 0, so that rate-limit faults cost no time */
  retryAfterSeconds?: number;
  /** The credential the fake accepts and the client sends: a canary, to search for later. */
  credential?: string;
  seed?: number;
}

/** A provider under test: a running fake, and clients of it. */
export interface Fake {
  readonly provider: ProviderName;
  readonly server: FakeServer<unknown, object>;
  /** Every secret value the client sends (searched for in errors and in what other origins saw). */
  readonly secrets: readonly string[];
  /** The ids of the subject's list, in the order the fake serves them. */
  ids(): string[];
  /** A client of this fake (retries counted), with the common options given. */
  client(options?: SubjectOptions): Subject;
}

/** A subject's client options: the common ones (`baseUrl` may point elsewhere), and its credential. */
export type SubjectOptions = ClientOptions & {
  /** The credential to send instead of the one the fake accepts. */
  credential?: string;
};

/** What every client is asked to do, whatever its provider. */
export interface Subject {
  /** The list operation, as `paginate` walks it. */
  readonly listPath: string;
  list(init?: CallOptions, options?: PaginateOptions): Paginator<unknown>;
  /** The id of one item of the list. */
  idOf(item: unknown): string;
  /** One raw `GET` of the list's first page. */
  get(init?: CallOptions): Promise<RawResult>;
  /** One raw `GET` with a path parameter set to `value` (absent: the API has no path parameter). */
  readonly byPath?: {
    /** The route template, e.g. `/v1/users/{userId}/sessions`. */
    readonly route: string;
    call(value: string, init?: CallOptions): Promise<RawResult>;
  };
  /** A list page whose walk cannot go on safely (a repeated next state, or no item array), holding `text`. */
  brokenPage(text: string): unknown;
  /**
   * Inputs the client must refuse before sending, each with the field its `ValidationError` names:
   * out-of-range, negative, NaN and wrong-typed parameters, bad dates, bad batches, bad filters.
   */
  readonly invalid: readonly Invalid[];
  /** A `200` body whose envelope reports failure, holding `text` (absent: the API has no such envelope). */
  failureEnvelope?(text: string): unknown;
}

/** A call with an input that breaks a documented rule, and the field it must be refused for. */
export interface Invalid {
  readonly label: string;
  readonly field: string;
  run(): Promise<unknown>;
}

/** Starts a subject's fake. */
export type StartFake = (options?: FakeOptions) => Promise<Fake>;
