import {
  type Attributes,
  type Span,
  SpanKind,
  SpanStatusCode,
  type Tracer,
  context,
  trace,
} from "@opentelemetry/api";
import type { HookEvent, Hooks } from "./request/hooks.js";

/** What one call in flight has: its span, the span of its attempt in flight, and the attributes both share. */
interface Traced {
  call: Span;
  attempt?: Span;
  name: string;
  attributes: Attributes;
}

/**
 * Hooks that trace every call with OpenTelemetry: a span per call (`INTERNAL`), and within it a
 * span per attempt (`CLIENT`), named `{method} {url.template}`, with the HTTP client semantic
 * conventions: `http.request.method`, `url.template`, `server.address`, `server.port`,
 * `http.response.status_code`, `http.request.resend_count` and `error.type`, errors recorded.
 * No attribute holds a full URL, a query, a header or a credential: `url.full` is left out, since
 * the URL a call sends may carry personal data in its path and query.
 *
 * @param tracer the tracer to use. @default `trace.getTracer("@clientele/core")`
 * @example createIsNotAiClient({ apiKey, hooks: otelHooks() })
 */
export function otelHooks(tracer: Tracer = trace.getTracer("@clientele/core")): Hooks {
  const calls = new Map<number, Traced>();

  const open = (e: HookEvent): Traced => {
    let traced = calls.get(e.callId);
    if (!traced) {
      const { name, attributes } = describe(e);
      const call = tracer.startSpan(name, { kind: SpanKind.INTERNAL, attributes });
      traced = { call, name, attributes };
      calls.set(e.callId, traced);
    }
    return traced;
  };
  const close = (e: HookEvent, traced: Traced) => {
    if (e.attempt > 1) traced.call.setAttribute("http.request.resend_count", e.attempt - 1);
    traced.call.end();
    calls.delete(e.callId);
  };

  return {
    onRequest(e) {
      const traced = open(e);
      const parent = trace.setSpan(context.active(), traced.call);
      const attributes: Attributes = { ...traced.attributes };
      if (e.attempt > 1) attributes["http.request.resend_count"] = e.attempt - 1;
      traced.attempt = tracer.startSpan(traced.name, { kind: SpanKind.CLIENT, attributes }, parent);
    },
    onResponse(e) {
      const traced = calls.get(e.callId);
      if (!traced) return;
      if (traced.attempt) {
        answered(traced.attempt, e.status);
        traced.attempt.end();
        traced.attempt = undefined;
      }
      if (!e.final) return;
      answered(traced.call, e.status);
      close(e, traced);
    },
    onRetry(e) {
      const traced = calls.get(e.callId);
      if (!traced) return;
      if (traced.attempt) {
        failed(traced.attempt, e.error ?? e.reason);
        traced.attempt.end();
        traced.attempt = undefined;
      }
      traced.call.addEvent("retry", {
        "clientele.retry.reason": e.reason,
        "clientele.retry.delay_ms": e.delayMs,
      });
    },
    onError(e) {
      const traced = open(e);
      if (traced.attempt) {
        failed(traced.attempt, e.error);
        traced.attempt.end();
      }
      failed(traced.call, e.error);
      close(e, traced);
    },
  };
}

/** The span name and the attributes every span of a call has, from its redacted URL template. */
function describe({ method, url, path }: HookEvent): { name: string; attributes: Attributes } {
  const base = url.endsWith(path) ? url.slice(0, url.length - path.length) : url;
  const attributes: Attributes = { "http.request.method": method };
  if (URL.canParse(base)) {
    const { hostname, port, protocol, pathname } = new URL(base);
    attributes["url.template"] = pathname.replace(/\/$/, "") + path;
    attributes["server.address"] = hostname.replace(/^\[|\]$/g, "");
    attributes["server.port"] = Number(port) || (protocol == "http:" ? 80 : 443);
  } else attributes["url.template"] = path;
  return { name: `${method} ${attributes["url.template"]}`, attributes };
}

/** A response's status on a span; an error status is the span's `error.type` and status. */
function answered(span: Span, status: number): void {
  span.setAttribute("http.response.status_code", status);
  if (status >= 400) {
    span.setAttribute("error.type", String(status));
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
}

/** A failure on a span: recorded, its class as `error.type` (`"timeout"` and the like when only a reason is known). */
function failed(span: Span, error: unknown): void {
  if (error instanceof Error) {
    span.recordException(error);
    span.setAttribute("error.type", error.name);
    span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
  } else {
    span.setAttribute("error.type", typeof error == "string" ? error : "_OTHER");
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
}
