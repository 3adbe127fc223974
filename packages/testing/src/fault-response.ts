import type { FaultKind } from "./fault-plan";
import type { Credentials } from "./options";
import type { FakeProvider, RouteContext } from "./provider";
import { text, withHeaders, type FakeResponse } from "./response";

const STATUS_CODES: Record<string, { status: number; code: string; message: string }> = {
  "500": { status: 500, code: "internal_error", message: "Internal server error (injected fault)" },
  "502": { status: 502, code: "bad_gateway", message: "Bad gateway (injected fault)" },
  "503": { status: 503, code: "service_unavailable", message: "Service unavailable (injected fault)" },
  "504": { status: 504, code: "gateway_timeout", message: "Gateway timeout (injected fault)" },
};

/** The response of a status fault (`429`, `429-no-retry-after`, `5xx`), in the provider's own envelope. */
export function statusFaultResponse<S, A extends Credentials>(
  kind: FaultKind,
  ctx: RouteContext<S, A>,
  provider: FakeProvider<S, A>,
): FakeResponse {
  if (kind === "429" || kind === "429-no-retry-after") {
    const retryAfter = kind === "429" ? ctx.options.retryAfterSeconds : undefined;
    const limit = ctx.options.rateLimit === false ? 0 : ctx.options.rateLimit.requests;
    const info = { limit, remaining: 0, resetSeconds: ctx.options.retryAfterSeconds };
    const response = provider.rateLimited(
      ctx,
      retryAfter === undefined ? info : { ...info, retryAfterSeconds: retryAfter },
    );
    return withRetryAfter(response, retryAfter);
  }
  const problem = STATUS_CODES[kind];
  if (!problem) throw new Error(`Not a status fault: ${kind}`);
  return provider.error(ctx, problem);
}

/** Sets `Retry-After` to `seconds`, or removes it when undefined. */
export function withRetryAfter(response: FakeResponse, seconds: number | undefined): FakeResponse {
  return withHeaders(response, { "retry-after": seconds === undefined ? undefined : String(seconds) });
}

/** What a misconfigured proxy or captive portal sends: a 200 HTML page instead of JSON. */
export function htmlErrorPage(): FakeResponse {
  const page =
    "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>" +
    "<body><h1>502 Bad Gateway</h1><p>The upstream server did not answer.</p></body></html>\n";
  return text(200, page, "text/html; charset=utf-8");
}

/**
 * A 307 to the same path on another origin. `localhost` and `127.0.0.1` are different origins
 * that reach the same fake, so a test can see whether the client carried credentials across.
 */
export function crossOriginRedirect(baseUrl: string, pathWithQuery: string): FakeResponse {
  const url = otherOrigin(baseUrl);
  // Concatenated, not resolved: a path such as `//x` must stay a path on the other origin.
  const location = `${url.origin}${url.pathname.replace(/\/$/, "")}${pathWithQuery}`;
  return text(307, `Temporary Redirect: ${location}\n`, "text/plain; charset=utf-8", { location });
}

/**
 * The same base URL on another origin that reaches the same fake: `127.0.0.1` and `localhost`
 * swapped for a socket; `elsewhere.` before any other host name (msw answers on both).
 */
export function otherOrigin(baseUrl: string): URL {
  const url = new URL(baseUrl);
  if (url.hostname === "127.0.0.1") url.hostname = "localhost";
  else if (url.hostname === "localhost") url.hostname = "127.0.0.1";
  else url.hostname = `elsewhere.${url.hostname}`;
  return url;
}
