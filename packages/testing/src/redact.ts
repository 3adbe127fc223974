import type { RequestHeaders } from "./incoming";

/** What the ledger holds in place of a credential. */
export const REDACTED = "[redacted]";

/** Headers that always carry credentials, whatever the provider. */
const CREDENTIAL_HEADERS = [
  "authorization",
  "proxy-authorization",
  "cookie",
  "x-api-key",
  "api-key",
  "environment-id",
];

/** Header names that look like they hold a secret (`x-auth-token`, `serverapikey`; not `idempotency-key`). */
const SECRET_HEADER = /api[-_]?key|token|secret|passw|auth|cookie|credential/i;

/** Query parameter names that are secrets by convention (`?api_key=…`, `?token=…`). */
const SECRET_QUERY =
  /^(api[-_]?key|key|access[-_]?token|token|secret|client[-_]?secret|password|auth|sig|signature)$/i;

/** Body properties whose values are secrets by name. */
const SECRET_PROPERTY = /^(password|secret|client_?secret|api_?key|access_?token|refresh_?token|token)$/i;

export interface Redactor {
  headers(headers: RequestHeaders): Record<string, string | string[]>;
  query(query: Readonly<Record<string, string | string[]>>): Record<string, string | string[]>;
  body(body: unknown): unknown;
  /** Replaces every occurrence of a known secret in free text, e.g. a path. */
  text(value: string): string;
}

/**
 * Builds the ledger's redactor: credential headers by name (the fixed list, the provider's own
 * and anything named like a secret), and every known credential value wherever it appears.
 */
export function createRedactor(extraHeaders: readonly string[], secrets: readonly string[]): Redactor {
  const names = new Set([...CREDENTIAL_HEADERS, ...extraHeaders.map((h) => h.toLowerCase())]);
  // Short values would redact ordinary text; real credentials are longer.
  const known = secrets.filter((s) => s.length >= 6);
  const scrub = (value: string): string => known.reduce((v, secret) => v.split(secret).join(REDACTED), value);
  const scrubAll = (value: string | string[]): string | string[] =>
    Array.isArray(value) ? value.map(scrub) : scrub(value);
  return {
    headers: (headers) =>
      redactByName(headers, (name) => names.has(name) || SECRET_HEADER.test(name), scrubAll),
    query: (query) => redactByName(query, (name) => SECRET_QUERY.test(name), scrubAll),
    body: (body) => redactDeep(body, scrub),
    text: scrub,
  };
}

/** Collects every string found in a credentials object (e.g. `options.auth`). */
export function secretsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object") return [];
  return Object.values(value).flatMap(secretsOf);
}

function redactByName(
  record: Readonly<Record<string, string | string[] | undefined>>,
  isSecret: (name: string) => boolean,
  scrub: (value: string | string[]) => string | string[],
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(record)) {
    if (value === undefined) continue;
    out[name] = isSecret(name.toLowerCase()) ? REDACTED : scrub(value);
  }
  return out;
}

function redactDeep(value: unknown, scrub: (value: string) => string): unknown {
  if (typeof value === "string") return scrub(value);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, scrub));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_PROPERTY.test(key) ? REDACTED : redactDeep(item, scrub);
  }
  return out;
}
