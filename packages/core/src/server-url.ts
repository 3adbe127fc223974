import { ValidationError } from "./errors.js";
import type { ProviderMetadata } from "./metadata.js";

const LOOPBACK = /^(localhost|.+\.localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/**
 * The base URL of a client: `baseUrl` when given, else the provider's first server (or the one whose
 * description is `server`, case-insensitively), with `{variables}` filled from `variables` or their
 * defaults. A variable must be a host-name part: no `/`, `?`, `#`, `@` or spaces.
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
      if (!/^[^/?#@\s]+$/.test(value))
        invalid(name, "pattern", `the server variable ${name} must be a host name part (or pass baseUrl)`);
      return value;
    });
  return url?.replace(/\/+$/, "") ?? invalid("server", "enum", `unknown server "${server}"`);
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

function invalid(field: string, rule: string, message: string): never {
  throw new ValidationError(message, field, rule);
}
