import { NetworkError } from "../errors/classes.js";
import { safeForCredentials } from "../client/server-url.js";
import { type Limit, limitOf } from "./signal.js";

/** The `fetch` a client sends with: a `Request`, and the attempt's signal as `init.signal`. */
export type Fetch = (request: Request, init?: { readonly signal?: AbortSignal }) => Promise<Response>;

/** Headers that carry credentials whoever set them. */
const ALWAYS_PRIVATE = ["authorization", "proxy-authorization", "cookie"];

/** The redirect statuses fetch follows (RFC 9110 §15.4); any other 3xx is an answer, even with a `Location`. */
const FOLLOWED = new Set([301, 302, 303, 307, 308]);

/** The most redirects followed for one attempt. */
const MAX_HOPS = 5;

/** How an attempt went through its redirects, for the call to classify its outcome. */
export interface Trace {
  /** Redirects followed: 0 when the response (or failure) came from the first request. */
  hops: number;
  /** Whether the request that got the final response still carried the credentials. */
  credentialed: boolean;
}

export interface SendOptions {
  /** The bytes of the original request's body, resent on a 307/308. */
  readonly body?: ArrayBuffer;
  /** Names of the headers that carry credentials (besides `authorization`, `cookie`). */
  readonly privateHeaders?: readonly string[];
  readonly limit?: Limit;
  /** Filled in as the redirects are followed. */
  readonly trace?: Trace;
}

/**
 * Sends one attempt and follows its redirects (at most 5) itself, so that credentials never reach
 * another origin nor a plain-http host: runtimes drop `Authorization` on a cross-origin redirect,
 * but not custom headers such as `x-api-key` or `environment-id`. A 307/308 resends `body`, the
 * bytes of the original request; a 303 (and a 301/302 after a POST) continues as GET without a body.
 * Every hop gets the attempt's signal, and none is sent once the attempt's limit has fired.
 * `trace` says how far it got: a failure after the first hop comes after the server answered.
 */
export async function send(
  request: Request,
  fetchImpl: Fetch,
  {
    body,
    privateHeaders = [],
    limit = limitOf(undefined),
    trace = { hops: 0, credentialed: true },
  }: SendOptions = {},
): Promise<Response> {
  trace.hops = 0;
  trace.credentialed = true;
  for (;;) {
    if (trace.hops) limit.check();
    const response = await fetchImpl(request, limit.init);
    const location = FOLLOWED.has(response.status) && response.headers.get("location");
    if (response.type == "opaqueredirect" || (location && trace.hops == MAX_HOPS))
      throw new NetworkError("redirected, and the redirect cannot be followed safely");
    if (!location) return response;
    // an errored or locked body rejects its cancel: nothing to wait for, and nothing to report
    response.body?.cancel().catch(() => undefined);
    request = redirected(
      request,
      response.status,
      location,
      body,
      [...ALWAYS_PRIVATE, ...privateHeaders],
      trace,
    );
    trace.hops++;
  }
}

/** The request of the next hop; credentials are stripped for another origin or a plain-http host. */
function redirected(
  request: Request,
  status: number,
  location: string,
  body: ArrayBuffer | undefined,
  privateHeaders: readonly string[],
  trace: Trace,
): Request {
  const target = new URL(location, request.url);
  const headers = new Headers(request.headers);
  if (target.origin != new URL(request.url).origin || !safeForCredentials(target)) {
    for (const name of privateHeaders) headers.delete(name);
    trace.credentialed = false;
  }
  const { method } = request;
  const toGet = (status == 303 && method != "HEAD") || (status < 303 && method == "POST");
  if (toGet) headers.delete("content-type");
  return new Request(target.href, {
    method: toGet ? "GET" : method,
    headers,
    body: toGet ? undefined : body,
    redirect: "manual",
  });
}
