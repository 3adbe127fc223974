import { empty, type FakeResponse } from "./response";

// A wildcard in Access-Control-Allow-Headers does not cover Authorization (Fetch standard), so
// the credential headers are listed explicitly beside it.
const ALLOW_HEADERS = "*, authorization, content-type, x-api-key, environment-id";
const ALLOW_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";

/** The CORS headers every response carries, so a browser page can call the fake directly. */
export function corsHeaders(exposeHeaders: readonly string[]): Record<string, string> {
  return {
    "access-control-allow-origin": "*",
    "access-control-allow-headers": ALLOW_HEADERS,
    "access-control-expose-headers": ["*", ...exposeHeaders].join(", "),
  };
}

/** The answer to an `OPTIONS` preflight (CORS headers are added when sending). */
export function preflight(): FakeResponse {
  return empty(204, { "access-control-allow-methods": ALLOW_METHODS, "access-control-max-age": "600" });
}
