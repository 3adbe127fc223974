import { ValidationError } from "./errors.js";
import type { ProviderMetadata } from "./metadata.js";

/**
 * The base URL of a client: `baseUrl` when given, else the provider's first server (or the one whose
 * description matches `server`), with `{variables}` filled from `variables` or their defaults.
 */
export function resolveBaseUrl(
  meta: ProviderMetadata,
  baseUrl?: string,
  server?: string,
  variables: Record<string, string | undefined> = {},
): string {
  if (baseUrl) return baseUrl.replace(/\/+$/, "");
  const chosen =
    server === undefined
      ? meta.servers[0]
      : meta.servers.find((s) => s.description?.toLowerCase() === server.toLowerCase());
  if (!chosen)
    throw new ValidationError(
      `unknown server "${server}"; known: ${meta.servers.map((s) => s.description).join(", ")}`,
      "server",
      "enum",
    );
  return chosen.url
    .replace(/\{([^}]+)\}/g, (_, name: string) => {
      const value = variables[name] ?? chosen.variables?.[name]?.default;
      if (!value)
        throw new ValidationError(
          `the server variable "${name}" is required (or pass baseUrl)`,
          name,
          "required",
        );
      if (/[/?#@\s]/.test(value))
        throw new ValidationError(
          `the server variable "${name}" must be a host name part, got ${JSON.stringify(value)}`,
          name,
          "pattern",
        );
      return value;
    })
    .replace(/\/+$/, "");
}
