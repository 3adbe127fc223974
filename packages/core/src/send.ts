import { NetworkError } from "./errors.js";
import { safeForCredentials } from "./server-url.js";
import { type Limit, limitOf } from "./signal.js";

/** The `fetch` a client sends with: a `Request`, and the attempt's signal as `init.signal`. */
export type Fetch = (request: Request, init?: { readonly signal?: AbortSignal }) => Promise<Response>;

/** Headers that carry credentials whoever set them. */
const ALWAYS_PRIVATE = ["authorization", "proxy-authorization", "cookie"];

/**
 * Sends one attempt and follows its redirects (at most 5) itself, so that credentials never reach
 * another origin nor a plain-http host: runtimes drop `Authorization` on a cross-origin redirect,
 * but not custom headers such as `x-api-key` or `environment-id`. A 307/308 resends `body`, the
 * bytes of the original request; a 303 (and a 301/302 after a POST) continues as GET without a body.
 * Every hop gets the attempt's signal, and none is sent once the attempt's limit has fired.
 */
export async function send(
  request: Request,
  fetchImpl: Fetch,
  body: ArrayBuffer | undefined,
  privateHeaders: readonly string[],
  limit: Limit = limitOf(undefined),
): Promise<Response> {
  for (let hop = 0; ; hop++) {
    if (hop) limit.check();
    const response = await fetchImpl(request, limit.init);
    const location = response.status > 299 && response.status < 400 && response.headers.get("location");
    if (response.type == "opaqueredirect" || (location && hop == 5))
      throw new NetworkError("redirected, and the redirect cannot be followed safely");
    if (!location) return response;
    void response.body?.cancel();
    const target = new URL(location, request.url).href;
    const headers = new Headers(request.headers);
    if (new URL(target).origin != new URL(request.url).origin || !safeForCredentials(target))
      for (const name of [...ALWAYS_PRIVATE, ...privateHeaders]) headers.delete(name);
    const { status } = response;
    const { method } = request;
    const toGet = (status == 303 && method != "HEAD") || (status < 303 && method == "POST");
    if (toGet) headers.delete("content-type");
    request = new Request(target, {
      method: toGet ? "GET" : method,
      headers,
      body: toGet ? undefined : body,
      redirect: "manual",
    });
  }
}
