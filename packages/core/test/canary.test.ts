import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  type ProviderMetadata,
  bearerAuth,
  combineAuth,
  createClient,
  headerAuth,
  runBatch,
  unwrap,
} from "../src/index.js";
import {
  type Handler,
  everything,
  fetchFailure,
  fixtureClient,
  hang,
  meta,
  recorder,
  sequence,
} from "./fixtures.js";

/** Credentials the client holds, and one it was never given (caught by the prefix its scheme declares). */
const KEY = "sk_CANARY_key_0123456789";
const TOKEN = "tok_CANARY_token_9876543210";
const STRANGER = "aik_v1_CANARYstranger42";
const CANARY = /CANARY/;

function assertClean(error: unknown, events: unknown[]) {
  expect(error).toBeDefined();
  const e = error as Error & { toJSON?: () => unknown };
  const texts = [
    String(e),
    e.message,
    e.stack,
    JSON.stringify(e),
    JSON.stringify(e.toJSON?.()),
    ...everything(e),
    JSON.stringify(events),
  ];
  for (const text of texts) expect(String(text)).not.toMatch(CANARY);
}

/** A server that echoes every credential it received, in its error body, headers and text. */
const echo =
  (status: number, headers: Record<string, string> = {}) =>
  (request: Request) => {
    const seen = Object.fromEntries(request.headers);
    const text = `${JSON.stringify(seen)} ${request.url}?api_key=${KEY} ${STRANGER}`;
    return Response.json(
      { error: { code: `E_${KEY}`, message: text }, apiKey: KEY, echo: seen, [KEY]: 1 },
      { status, headers },
    );
  };

const withMeta = (operations: ProviderMetadata["operations"]) => ({
  ...meta,
  operations: { ...meta.operations, ...operations },
});

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe("no error, cause, toJSON, log line or hook payload ever contains a credential", () => {
  const events: unknown[] = [];
  const hooks = {
    onRequest: (e: unknown) => events.push(e),
    onResponse: (e: unknown) => events.push(e),
    onRetry: (e: unknown) => events.push(e),
  };
  const auth = combineAuth(
    bearerAuth(async () => TOKEN),
    headerAuth("x-api-key", KEY),
  );
  const client = (handler: Handler, more: object = {}, provider: ProviderMetadata = meta) =>
    fixtureClient(recorder(handler).fetch, { auth, hooks, timeoutMs: 100, ...more }, provider);
  const failure = async (promise: Promise<unknown>) => {
    promise.catch(() => undefined);
    await vi.runAllTimersAsync();
    return promise.then(
      () => undefined,
      (e) => e,
    );
  };

  it.each([
    ["ApiError (unwrap)", () => unwrap(client(echo(400)).GET("/items"))],
    [
      "ApiError (2xx failure envelope)",
      () =>
        unwrap(
          client(async (r) => Response.json({ ...(await echo(200)(r).json()), success: false })).GET(
            "/items",
          ),
        ),
    ],
    [
      "RateLimitError (429)",
      () => unwrap(client(echo(429, { "retry-after": "1" }), { retry: false }).GET("/items")),
    ],
    ["RateLimitError (hint too long)", () => client(echo(503, { "retry-after": "3600" })).GET("/items")],
    ["TimeoutError (attempt)", () => client(hang).GET("/items")],
    ["TimeoutError (deadline)", () => client(hang, { deadlineMs: 150 }).GET("/items")],
    [
      "NetworkError",
      () =>
        client(
          sequence(
            fetchFailure(
              "ECONNRESET",
              `connect to https://api.example.test/?key=${KEY} with Bearer ${TOKEN} ${STRANGER}`,
            ),
          ),
        ).GET("/items"),
    ],
    [
      "MalformedResponseError",
      () => client(() => new Response(`<html>${KEY} ${TOKEN} ${STRANGER}</html>`)).GET("/items"),
    ],
    [
      "ValidationError (a parameter)",
      () =>
        client(
          echo(200),
          {},
          withMeta({
            "GET /items": { id: "x", params: { query: { q: { type: "string", pattern: "^a$" } } } },
          }),
        ).GET("/items", { params: { query: { q: `${KEY}` } } }),
    ],
    [
      "ValidationError (a plain-http URL)",
      () => client(echo(200)).GET("/items", { baseUrl: `http://${KEY}:${TOKEN}@example.net/v1` }),
    ],
    [
      "PaginationError",
      () =>
        client(() => Response.json({ data: "no items", more: true }), {}, meta)
          .paginate("/cursor", { params: { query: { key: KEY } } })
          .toArray(),
    ],
    [
      "a batch failure",
      () =>
        runBatch(
          client(
            echo(400),
            {},
            withMeta({ "POST /batch": { id: "b", batch: { items: "/users", max: 2 } } }),
          ) as never,
          "POST",
          "/batch",
          [{ id: 1 }],
        ).then(({ failed: [f] }) => Promise.reject({ reason: f!.reason, code: f!.code })),
    ],
  ])("%s", async (_name, run) => {
    events.length = 0;
    const error = await failure(run());
    assertClean(error, events);
  });

  it("the client refuses credentials over plain http without quoting them", () => {
    const error = (() => {
      try {
        createClient(meta, { baseUrl: `http://u:${KEY}@example.net`, auth });
      } catch (e) {
        return e;
      }
    })();
    assertClean(error, []);
  });
});
