import type { Auth } from "./auth.js";
import { NetworkError } from "./errors.js";

const MAX_REDIRECTS = 5;
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** May credentials travel to this URL? Only over https, or to a loopback address. */
export function safeForCredentials(url: URL): boolean {
  return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.test(url.hostname));
}

/**
 * Sends one attempt: sets the credentials, then follows redirects itself so that credentials never
 * reach another origin (runtimes strip `Authorization` on a cross-origin redirect, but not custom
 * headers such as `x-api-key` or `environment-id`), nor a plain-http host.
 */
export async function send(
  request: Request,
  fetchImpl: typeof fetch,
  auth: Auth | undefined,
): Promise<Response> {
  if (auth) await auth.apply(request.headers);
  const replay = request.body ? request.clone() : undefined;
  let response = await fetchImpl(request);
  for (let hop = 0; isRedirect(response); hop++) {
    if (hop === MAX_REDIRECTS) throw new NetworkError(`more than ${MAX_REDIRECTS} redirects`);
    request = await follow(request, response, replay, auth);
    response = await fetchImpl(request);
  }
  if (response.type === "opaqueredirect") {
    throw new NetworkError(
      "the server redirected, and this runtime cannot follow it without forwarding credentials",
    );
  }
  return response;
}

function isRedirect(response: Response): boolean {
  return response.status >= 300 && response.status < 400 && response.headers.has("location");
}

async function follow(request: Request, response: Response, replay: Request | undefined, auth?: Auth) {
  const target = new URL(response.headers.get("location")!, request.url);
  const headers = new Headers(request.headers);
  if (target.origin !== new URL(request.url).origin || !safeForCredentials(target)) {
    for (const name of auth?.headerNames ?? []) headers.delete(name);
  }
  const keepMethod = response.status === 307 || response.status === 308;
  const method = keepMethod || request.method === "HEAD" ? request.method : "GET";
  if (!keepMethod) headers.delete("content-type");
  const body = keepMethod && replay ? await replay.clone().arrayBuffer() : undefined;
  return new Request(target, { method, headers, body, redirect: "manual", signal: request.signal });
}
