import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  type HookEvent,
  type Logger,
  NetworkError,
  ValidationError,
  bearerAuth,
  combineAuth,
  headerAuth,
} from "../src/index.js";
import { contextOf } from "../src/client/client.js";
import { readEnv } from "../src/observe/env.js";
import { everything, fetchFailure, fixtureClient, recorder, sequence } from "./fixtures.js";

/** The canary credentials of canary.test.ts: the client's key and token, and one it was never given. */
const KEY = "sk_CANARY_key_0123456789";
const TOKEN = "tok_CANARY_token_9876543210";
const STRANGER = "aik_v1_CANARYstranger42";
const auth = combineAuth(
  bearerAuth(async () => TOKEN),
  headerAuth("x-api-key", KEY),
);

/** A logger that keeps every line with its level and fields. */
function capture() {
  const lines: { level: string; line: string; fields?: any }[] = [];
  const at =
    (level: string) =>
    (line: string, fields?: object): void =>
      void lines.push({ level, line, fields });
  const logger: Logger = { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
  return { logger, lines, text: () => lines.map((l) => `${l.level} ${l.line}`) };
}

/** An answer with a request id, which a careless server fills with what it received. */
const answer = (status: number, request: Request, headers: Record<string, string> = {}) =>
  Response.json(
    { ok: status < 400, echo: request.headers.get("authorization"), data: [] },
    { status, headers: { "x-request-id": `req-${status}`, ...headers } },
  );

async function settle<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  await vi.runAllTimersAsync();
  return promise;
}

function expectNoCredential(lines: unknown[]) {
  for (const text of everything(lines)) expect(text).not.toMatch(/CANARY/);
  expect(JSON.stringify(lines)).not.toMatch(/CANARY/);
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, "random").mockReturnValue(1);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("the debug log of a faulted call", () => {
  it("503 then 200: the attempt, the response with its status and request id, the retry with its wait", async () => {
    const { logger, lines, text } = capture();
    const { fetch } = recorder((request, i) => answer(i == 0 ? 503 : 200, request));
    const client = fixtureClient(fetch, { auth, logger, logLevel: "debug" });
    expect((await settle(client.GET("/items"))).response.status).toBe(200);
    expect(text()).toEqual([
      "debug [clientele fixture] attempt GET /items attempt=1",
      "debug [clientele fixture] response GET /items attempt=1 status=503 durationMs=0 requestId=req-503",
      "info [clientele fixture] retry GET /items attempt=1 reason=503 delayMs=500 requestId=req-503",
      "debug [clientele fixture] attempt GET /items attempt=2",
      "debug [clientele fixture] response GET /items attempt=2 status=200 durationMs=0 requestId=req-200",
    ]);
    expect(lines[2]!.fields).toMatchObject({
      provider: "fixture",
      event: "retry",
      method: "GET",
      path: "/items",
      attempt: 1,
      delayMs: 500,
      reason: "503",
      requestId: "req-503",
    });
    expect(new Set(lines.map((l) => l.fields.callId)).size).toBe(1);
    expectNoCredential(lines);
  });

  it("a 429 with Retry-After: the wait the server asked for", async () => {
    const { logger, text } = capture();
    const { fetch } = recorder((request, i) =>
      i == 0 ? answer(429, request, { "retry-after": "2" }) : answer(200, request),
    );
    await settle(fixtureClient(fetch, { auth, logger, logLevel: "debug" }).GET("/items"));
    expect(text()).toContain(
      "info [clientele fixture] retry GET /items attempt=1 reason=429 delayMs=2000 requestId=req-429",
    );
  });

  it("a network error: every retry, then the failure, the credentials the runtime quoted redacted", async () => {
    const { logger, lines, text } = capture();
    const detail = `connect to https://api.example.test/?key=${KEY} with Bearer ${TOKEN} ${STRANGER}`;
    const { fetch } = recorder(sequence(fetchFailure("ECONNRESET", detail)));
    const error = await settle(fixtureClient(fetch, { auth, logger, logLevel: "debug" }).GET("/items")).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(NetworkError);
    const events = lines.map((l) => l.fields.event);
    expect(events).toEqual(["attempt", "retry", "attempt", "retry", "attempt", "failure"]);
    expect(text()[1]).toBe(
      "info [clientele fixture] retry GET /items attempt=1 reason=network delayMs=500 error=NetworkError",
    );
    expect(lines[5]).toMatchObject({
      level: "error",
      fields: { event: "failure", attempt: 3, error: "NetworkError" },
    });
    expect(lines[5]!.line).toMatch(
      /^\[clientele fixture\] failure GET \/items attempt=3 error=NetworkError message="GET https:\/\/api.example.test\/v1\/items: fetch failed: /,
    );
    expect(lines[5]!.line).toContain("[redacted]");
    expectNoCredential(lines);
  });

  it("a request id that echoes a credential is redacted in the line and in the fields", async () => {
    const { logger, lines } = capture();
    const { fetch } = recorder((request) => answer(200, request, { "x-request-id": `r1 ${KEY} ${TOKEN}` }));
    await settle(fixtureClient(fetch, { auth, logger, logLevel: "debug" }).GET("/items"));
    expect(lines[1]!.fields.requestId).toBe("r1 [redacted] [redacted]");
    expectNoCredential(lines);
  });

  it("a paginated walk: one attempt and one response per page, each with its request id", async () => {
    const { logger, lines, text } = capture();
    const pages = [
      { data: [1, 2], more: true, next: "c2" },
      { data: [3], more: false },
    ];
    const { fetch } = recorder((_request, i) =>
      Response.json(pages[i], { headers: { "x-request-id": `page-${i + 1}` } }),
    );
    const client = fixtureClient(fetch, { auth, logger, logLevel: "debug" });
    expect(await settle(client.paginate("/cursor").toArray())).toEqual([1, 2, 3]);
    expect(text()).toEqual([
      "debug [clientele fixture] attempt GET /cursor attempt=1",
      "debug [clientele fixture] response GET /cursor attempt=1 status=200 durationMs=0 requestId=page-1",
      "debug [clientele fixture] attempt GET /cursor attempt=1",
      "debug [clientele fixture] response GET /cursor attempt=1 status=200 durationMs=0 requestId=page-2",
    ]);
    // each page is its own call
    expect(new Set(lines.map((l) => l.fields.callId)).size).toBe(2);
    expectNoCredential(lines);
  });
});

describe("log levels", () => {
  const faulted = () => recorder((request, i) => answer([503, 404][i] ?? 200, request)).fetch;

  it("info logs retries only, warn a result with an error status, error a call that throws", async () => {
    const seen: Record<string, string[]> = {};
    for (const logLevel of ["info", "warn", "error", "silent"] as const) {
      const { logger, text } = capture();
      await settle(fixtureClient(faulted(), { logger, logLevel }).GET("/items"));
      seen[logLevel] = text();
    }
    expect(seen).toEqual({
      info: [
        "info [clientele fixture] retry GET /items attempt=1 reason=503 delayMs=500 requestId=req-503",
        "warn [clientele fixture] response GET /items attempt=2 status=404 durationMs=0 requestId=req-404",
      ],
      warn: [
        "warn [clientele fixture] response GET /items attempt=2 status=404 durationMs=0 requestId=req-404",
      ],
      error: [],
      silent: [],
    });
  });

  it("a logger alone logs at info; nothing at all is logged without a logger, a level or CLIENTELE_LOG", async () => {
    const { logger, text } = capture();
    await settle(fixtureClient(faulted(), { logger }).GET("/items"));
    expect(text()).toHaveLength(2);
    const console = ["debug", "info", "warn", "error", "log"].map((m) =>
      vi.spyOn(globalThis.console, m as "log").mockImplementation(() => undefined),
    );
    await settle(fixtureClient(faulted()).GET("/items"));
    for (const spy of console) expect(spy).not.toHaveBeenCalled();
  });

  it("CLIENTELE_LOG=debug logs to the console, one line per event without fields; logLevel wins over it", async () => {
    vi.stubEnv("CLIENTELE_LOG", "debug");
    const debug = vi.spyOn(console, "debug").mockImplementation(() => undefined);
    const info = vi.spyOn(console, "info").mockImplementation(() => undefined);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    await settle(fixtureClient(faulted()).GET("/items"));
    expect(debug.mock.calls[0]).toEqual(["[clientele fixture] attempt GET /items attempt=1"]);
    expect(debug).toHaveBeenCalledTimes(3);
    expect(info).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    debug.mockClear();
    await settle(fixtureClient(faulted(), { logLevel: "info" }).GET("/items"));
    expect(debug).not.toHaveBeenCalled();
  });

  it("an unknown CLIENTELE_LOG is ignored", async () => {
    vi.stubEnv("CLIENTELE_LOG", "verbose");
    expect(Object.keys(contextOf(fixtureClient(faulted())).hooks)).toEqual([]);
  });

  it("a client without logger or hooks has no hook to call: nothing is built per request", () => {
    expect(contextOf(fixtureClient(faulted())).hooks).toEqual({});
    // at info, a call that needs no retry formats nothing either (onDrift runs only on a drift)
    const atInfo = contextOf(fixtureClient(faulted(), { logger: capture().logger })).hooks;
    expect(Object.keys(atInfo).sort()).toEqual(["onDrift", "onError", "onResponse", "onRetry"]);
  });

  it("a logger that throws does not fail the call", async () => {
    const boom = () => {
      throw new Error("disk full");
    };
    const logger = { debug: boom, info: boom, warn: boom, error: boom };
    const result = await settle(fixtureClient(faulted(), { logger, logLevel: "debug" }).GET("/items"));
    expect(result.response.status).toBe(404);
  });
});

describe("logger and logLevel are checked when the client is made", () => {
  it.each([
    [{ logLevel: "verbose" }, "logLevel"],
    [{ logLevel: 3 }, "logLevel"],
    [{ logger: "console" }, "logger"],
    [{ logger: { debug() {}, info() {}, warn() {} } }, "logger.error"],
    [{ hooks: [{ onError: 1 }] }, "hooks[0].onError"],
    [{ hooks: [null] }, "hooks[0]"],
  ])("%j is a ValidationError naming %s", (options, field) => {
    expect(() => fixtureClient(fetch, options as never)).toThrow(
      expect.objectContaining({ name: "ValidationError", field }),
    );
    expect(() => fixtureClient(fetch, options as never)).toThrow(ValidationError);
  });

  it("console is a logger", () => {
    expect(() => fixtureClient(fetch, { logger: console, logLevel: "warn" })).not.toThrow();
  });
});

describe("onError, and a list of hooks", () => {
  it("sees the error a call ends with, with the request id; every set of hooks runs, in order", async () => {
    const order: string[] = [];
    const errors: (HookEvent & { error: unknown; requestId?: string })[] = [];
    const { fetch } = recorder((request) =>
      answer(503, request, { "retry-after": "3600", "x-request-id": "req-slow" }),
    );
    const client = fixtureClient(fetch, {
      hooks: [
        { onRequest: () => void order.push("first"), onError: (e) => void errors.push(e) },
        { onRequest: () => void order.push("second") },
      ],
    });
    const error = await settle(client.GET("/items")).catch((e) => e);
    expect(error).toMatchObject({ name: "RateLimitError", requestId: "req-slow" });
    expect(order).toEqual(["first", "second"]);
    expect(errors).toEqual([
      expect.objectContaining({ attempt: 1, error, requestId: "req-slow", path: "/items" }),
    ]);
  });

  it("sees a ValidationError raised before anything was sent, with attempt 0", async () => {
    const onError = vi.fn();
    const client = fixtureClient(fetch, { hooks: { onError } });
    await expect(client.GET("/items", { timeoutMs: -1 })).rejects.toBeInstanceOf(ValidationError);
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ attempt: 0, error: expect.any(ValidationError) }),
    );
  });
});

describe("reading CLIENTELE_LOG", () => {
  it("is safe where there is no process, and where reading the environment throws (Deno without --allow-env)", () => {
    const real = globalThis.process;
    const swap = (value: unknown) =>
      Object.defineProperty(globalThis, "process", { value, configurable: true });
    try {
      swap(undefined);
      expect(readEnv("CLIENTELE_LOG")).toBeUndefined();
      swap({
        get env() {
          throw new Error("Requires env access to all, run again with the --allow-env flag");
        },
      });
      expect(readEnv("CLIENTELE_LOG")).toBeUndefined();
    } finally {
      swap(real);
    }
    vi.stubEnv("CLIENTELE_LOG", "warn");
    expect(readEnv("CLIENTELE_LOG")).toBe("warn");
  });
});
