import {
  type Auth,
  type CoreClientOptions,
  type PaginateOptions,
  type Paginator,
  type ProviderMetadata,
  createClient,
  cursorPagination,
} from "../src/index.js";

/** A provider with one operation of every kind core interprets. */
export const meta = {
  name: "fixture",
  servers: [
    { url: "https://api.example.test/v1", description: "US" },
    { url: "https://{region}.example.test/v1", description: "EU", variables: { region: { default: "eu" } } },
  ],
  securitySchemes: { bearer: { type: "http", scheme: "bearer", credential: { prefix: "aik_v1_" } } },
  errors: {
    code: ["/error/code", "/code"],
    message: "/error/message",
    requestIdHeaders: ["x-request-id"],
    failure: { pointer: "/success", equals: false },
  },
  operations: {
    "GET /health": { id: "health", auth: false },
    "GET /items": { id: "getItems" },
    "GET /items/{id}": { id: "getItem", params: { path: { id: { type: "string", required: true } } } },
    "POST /items": { id: "createItem" },
    "PUT /items/{id}": { id: "putItem" },
    "POST /items/upsert": { id: "upsertItems", idempotent: true },
    "GET /windows": {
      id: "windows",
      params: {
        query: { from: { type: "string", format: "date-time" }, to: { type: "string", format: "date-time" } },
      },
      constraints: [{ lessThan: ["from", "to"] }],
    },
    "GET /cursor": {
      id: "cursor",
      pagination: {
        style: "cursor",
        items: "/data",
        hasMore: "/more",
        cursorParam: "cursor",
        nextCursor: "/next",
      },
    },
  },
  pageStyles: { cursor: cursorPagination },
} as const satisfies ProviderMetadata;

/** What a client hands its `fetch` besides the request: the attempt's signal. */
export type FetchInit = { signal?: AbortSignal };
export type Fetch = (request: Request, init?: FetchInit) => Promise<Response>;
/** Answers the `index`-th request a `recorder` saw; `init` is what the client handed its fetch. */
export type Handler = (request: Request, index: number, init?: FetchInit) => Response | Promise<Response>;

/** A fetch that answers with `handler` and records every request, with its body bytes and signal. */
export function recorder(handler: Handler) {
  const requests: { request: Request; url: URL; body: string; headers: Headers; signal?: AbortSignal }[] = [];
  const fetch = async (request: Request, init?: FetchInit) => {
    const body = request.body ? await request.clone().text() : "";
    const { signal } = init ?? {};
    requests.push({
      request,
      url: new URL(request.url),
      body,
      headers: new Headers(request.headers),
      signal,
    });
    return handler(request, requests.length - 1, init);
  };
  return { fetch, requests };
}

/**
 * A fetch (or a `recorder` handler) that never answers until its signal fires, then rejects like
 * fetch does. As a fetch its init is the second argument; as a handler, the third.
 */
export const hang = (_request: Request, second?: number | FetchInit, third?: FetchInit) => {
  const { signal } = (typeof second == "object" ? second : third) ?? {};
  return new Promise<Response>((_, reject) => signal?.addEventListener("abort", () => reject(signal.reason)));
};

/** A fetch (or a `recorder` handler) that never answers and ignores its signal, as a stub or proxy may. */
export const deaf = (_request: Request) => new Promise<Response>(() => undefined);

/** Responds with a sequence: each entry a status, a Response or an Error (thrown); the last repeats. */
export function sequence(...steps: (number | Response | Error | (() => Response))[]): Handler {
  return (_request, i) => {
    const step = steps[Math.min(i, steps.length - 1)]!;
    if (step instanceof Error) throw step;
    if (typeof step == "function") return step();
    return step instanceof Response ? step.clone() : Response.json({ ok: step < 400 }, { status: step });
  };
}

type Call = (
  path: string,
  init?: Record<string, unknown>,
) => Promise<{ data?: any; error?: any; response: Response }>;
/** A client typed loosely, for tests about behaviour rather than types. */
export type LooseClient = Record<"GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "HEAD", Call> & {
  paginate(path: string, init?: Record<string, unknown>, options?: PaginateOptions): Paginator<any>;
  readonly baseUrl: string;
};

/** A client of `provider` (the fixture provider by default) over `fetch`. */
export function fixtureClient(
  fetch: Fetch,
  options: CoreClientOptions & { auth?: Auth } = {},
  provider: ProviderMetadata = meta,
): LooseClient {
  return createClient(provider, { fetch, ...options }) as unknown as LooseClient;
}

/** An Error shaped like Node's fetch failures: `TypeError("fetch failed")` with a coded cause. */
export function fetchFailure(code: string, detail = `connect ${code} 10.0.0.1:443`): TypeError {
  return new TypeError("fetch failed", { cause: Object.assign(new Error(detail), { code }) });
}

/** Node's process, reached without Node's types (the package compiles for any runtime). */
type NodeLike = { on(event: string, f: Function): void; off(event: string, f: Function): void };

/** Records every unhandled rejection until `stop()`. */
export function watchUnhandled() {
  const process = (globalThis as unknown as { process: NodeLike }).process;
  const unhandled: unknown[] = [];
  const record = (reason: unknown) => void unhandled.push(reason);
  process.on("unhandledRejection", record);
  return { unhandled, stop: () => process.off("unhandledRejection", record) };
}

/** Every string reachable from a value: own properties (hidden ones too: message, stack, cause), deeply. */
export function everything(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value == "string") return [value];
  if (!value || typeof value != "object" || seen.has(value)) return value == null ? [] : [String(value)];
  seen.add(value);
  const own = Object.getOwnPropertyNames(value).map((k) => (value as Record<string, unknown>)[k]);
  return [String(value), ...own.flatMap((v) => everything(v, seen))];
}
