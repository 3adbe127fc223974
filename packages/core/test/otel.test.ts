import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { bearerAuth, combineAuth, headerAuth } from "../src/index.js";
import { otelHooks } from "../src/otel.js";
import { fetchFailure, fixtureClient, hang, recorder, sequence } from "./fixtures.js";

const KEY = "sk_CANARY_key_0123456789";
const TOKEN = "tok_CANARY_token_9876543210";
const STRANGER = "aik_v1_CANARYstranger42";
const auth = combineAuth(
  bearerAuth(async () => TOKEN),
  headerAuth("x-api-key", KEY),
);

const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const tracer = provider.getTracer("test");

beforeEach(() => {
  exporter.reset();
  // Math.random is left alone: the SDK makes span ids with it
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function settle<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  await vi.runAllTimersAsync();
  return promise;
}

/** The finished spans: the call's (the one without a parent) and its attempts, in order. */
function spans() {
  const all = exporter.getFinishedSpans();
  const call = all.filter((s) => !s.parentSpanContext);
  expect(call).toHaveLength(1);
  const attempts = all.filter((s) => s.parentSpanContext?.spanId == call[0]!.spanContext().spanId);
  return { call: call[0]!, attempts, all };
}

/** Everything a span exports, as text: name, attributes, events (exceptions included), status. */
const exported = (span: ReadableSpan) =>
  JSON.stringify({ name: span.name, a: span.attributes, e: span.events, s: span.status, l: span.links });

const HTTP = {
  "http.request.method": "GET",
  "url.template": "/v1/items/{id}",
  "server.address": "api.example.test",
  "server.port": 443,
};

describe("otelHooks: a span per call and per attempt, with the HTTP client conventions", () => {
  it("503 then 200: two CLIENT attempt spans under an INTERNAL call span", async () => {
    vi.useRealTimers(); // the SDK's clock and fake timers disagree; the spans' times are checked here
    const { fetch } = recorder(sequence(503, 200));
    const client = fixtureClient(fetch, { auth, hooks: otelHooks(tracer), retry: { baseDelayMs: 20 } });
    await client.GET("/items/{id}", { params: { path: { id: "a1" } } });
    const { call, attempts } = spans();
    expect(call).toMatchObject({
      name: "GET /v1/items/{id}",
      kind: SpanKind.INTERNAL,
      attributes: { ...HTTP, "http.response.status_code": 200, "http.request.resend_count": 1 },
      status: { code: SpanStatusCode.UNSET },
    });
    expect(call.events.map((e) => [e.name, e.attributes])).toEqual([
      ["retry", { "clientele.retry.reason": "503", "clientele.retry.delay_ms": expect.any(Number) }],
    ]);
    expect(attempts.map((s) => [s.name, s.kind, s.attributes, s.status.code])).toEqual([
      [
        "GET /v1/items/{id}",
        SpanKind.CLIENT,
        { ...HTTP, "http.response.status_code": 503, "error.type": "503" },
        SpanStatusCode.ERROR,
      ],
      [
        "GET /v1/items/{id}",
        SpanKind.CLIENT,
        { ...HTTP, "http.response.status_code": 200, "http.request.resend_count": 1 },
        SpanStatusCode.UNSET,
      ],
    ]);
    // the attempts lie within the call, to within the SDK's precision: each span's start is
    // Date.now() (whole milliseconds) and its end that start plus a performance.now() duration, so
    // times of two different spans compare only to within 1 ms (compared as exact [seconds,
    // nanoseconds] pairs: as float milliseconds two times a few nanoseconds apart round either way)
    const ns = ([s, n]: [number, number]) => BigInt(s) * 1_000_000_000n + BigInt(n);
    const ms = 1_000_000n;
    for (const s of attempts) {
      expect(ns(s.startTime) >= ns(call.startTime) - ms).toBe(true);
      expect(ns(s.endTime) <= ns(call.endTime) + ms).toBe(true);
    }
  });

  it("network errors: each attempt records its error; the call ends with the error it throws", async () => {
    const { fetch } = recorder(sequence(fetchFailure("ECONNRESET", `with Bearer ${TOKEN} key=${KEY}`)));
    const client = fixtureClient(fetch, { auth, hooks: otelHooks(tracer), retry: 1 });
    await settle(client.GET("/items/{id}", { params: { path: { id: "a1" } } })).catch(() => undefined);
    const { call, attempts } = spans();
    expect(attempts).toHaveLength(2);
    for (const s of [call, ...attempts]) {
      expect(s.attributes["error.type"]).toBe("NetworkError");
      expect(s.status.code).toBe(SpanStatusCode.ERROR);
      expect(s.events.map((e) => e.name)).toContain("exception");
    }
    expect(call.attributes["http.request.resend_count"]).toBe(1);
  });

  it("a timeout, and a final error status returned as the result", async () => {
    const client = fixtureClient(hang, { hooks: otelHooks(tracer), retry: false, timeoutMs: 100 });
    await settle(client.GET("/items")).catch(() => undefined);
    expect(spans().call.attributes["error.type"]).toBe("TimeoutError");
    exporter.reset();
    await settle(fixtureClient(recorder(sequence(404)).fetch, { hooks: otelHooks(tracer) }).GET("/items"));
    const { call, attempts } = spans();
    expect(attempts).toHaveLength(1);
    expect(call.attributes).toMatchObject({ "http.response.status_code": 404, "error.type": "404" });
  });

  it("a call refused before sending has a call span with the error and no attempt", async () => {
    const client = fixtureClient(recorder(sequence(200)).fetch, { hooks: otelHooks(tracer) });
    await settle(client.GET("/items", { timeoutMs: -1 })).catch(() => undefined);
    const { call, attempts } = spans();
    expect(attempts).toEqual([]);
    expect(call.attributes["error.type"]).toBe("ValidationError");
  });

  it("concurrent calls each get their own spans", async () => {
    const client = fixtureClient(recorder(sequence(200)).fetch, { hooks: otelHooks(tracer) });
    await settle(Promise.all([client.GET("/items"), client.GET("/health"), client.GET("/items")]));
    const all = exporter.getFinishedSpans();
    const calls = all.filter((s) => !s.parentSpanContext);
    expect(calls.map((s) => s.name).sort()).toEqual(["GET /v1/health", "GET /v1/items", "GET /v1/items"]);
    for (const c of calls) {
      const children = all.filter((s) => s.parentSpanContext?.spanId == c.spanContext().spanId);
      expect(children.map((s) => s.name)).toEqual([c.name]);
    }
  });

  it("no credential in any span: a key in the base URL, echoed in errors, request ids and bodies", async () => {
    const echo = (request: Request) =>
      Response.json(
        { error: { message: `${request.headers.get("authorization")} ${KEY} ${STRANGER}` } },
        { status: 503, headers: { "x-request-id": `${KEY}`, "retry-after": "3600" } },
      );
    const hooks = otelHooks(tracer);
    const runs = [
      () => fixtureClient(recorder(echo).fetch, { auth, hooks }).GET("/items"),
      () =>
        fixtureClient(recorder(sequence(fetchFailure("ECONNRESET", `Bearer ${TOKEN} ${STRANGER}`))).fetch, {
          auth,
          hooks,
        }).GET("/items"),
      () =>
        fixtureClient(recorder(sequence(200)).fetch, {
          baseUrl: `https://u:${KEY}@api.example.test/v1?api_key=${KEY}`,
          hooks,
        }).GET("/items", { params: { query: { key: KEY } } }),
    ];
    for (const run of runs) await settle(run()).catch(() => undefined);
    const all = exporter.getFinishedSpans();
    expect(all.length).toBeGreaterThanOrEqual(3 + 4);
    for (const span of all) expect(exported(span)).not.toMatch(/CANARY/);
    expect(all.some((s) => s.attributes["url.full"] !== undefined)).toBe(false);
  });
});
