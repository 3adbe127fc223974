import { invalid } from "../errors/invalid.js";
import type { ProviderMetadata } from "../spec/metadata.js";

const HOST_PART = /^[A-Za-z0-9._-]+(:\d{1,5})?$/;
const LOOPBACK = /^(localhost|.+\.localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/**
 * The base URL of a client: `baseUrl` when given, else the provider's first server (or the one whose
 * description is `server`, case-insensitively), with `{variables}` filled from `variables` or their
 * defaults. A variable must be a host-name part: ASCII letters, digits, `-`, `.` and `_`, and at most
 * a `:port` after them (a `\\`, `/`, `@`, `%` or space could move the request, and its credentials,
 * to another host).
 */
export function resolveBaseUrl(
  meta: ProviderMetadata,
  baseUrl?: string,
  server?: string,
  variables: Record<string, string | undefined> = {},
): string {
  const chosen = meta.servers.find(
    (s) => server === undefined || s.description?.toLowerCase() == server.toLowerCase(),
  );
  const url =
    baseUrl ||
    chosen?.url.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const value = variables[name] ?? chosen.variables?.[name]?.default ?? "";
      if (!HOST_PART.test(value))
        invalid(name, "pattern", `the server variable ${name} must be a host name part (or pass baseUrl)`);
      return value;
    });
  if (url === undefined) return invalid("server", "enum", `unknown server "${server}"`);
  if (!URL.canParse(url)) invalid(baseUrl ? "baseUrl" : "serverVariables", "format", `${url} is not a URL`);
  return url.replace(/\/+$/, "");
}

/** May credentials travel to this URL? Only over https, or to a loopback address. */
export function safeForCredentials(url: string | URL): boolean {
  const { protocol, hostname } = typeof url == "string" ? new URL(url) : url;
  return protocol == "https:" || (protocol == "http:" && LOOPBACK.test(hostname));
}

/** Refuses to send credentials to `url` unless it is safe for them or the caller opted in; returns its origin. */
export function assertSecure(url: string, allowInsecureHttp?: boolean): string {
  const parsed = new URL(url);
  if (!allowInsecureHttp && !safeForCredentials(parsed))
    invalid(
      "baseUrl",
      "https",
      `refusing to send credentials to ${parsed.origin} without https; pass allowInsecureHttp to allow it`,
    );
  return parsed.origin;
}
