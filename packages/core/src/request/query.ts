/**
 * The query string of a request: openapi-fetch's defaults (arrays repeat their key, objects are
 * `deepObject`), with every key percent-encoded as well as every value, so that no key, declared
 * or not, can add a parameter (`x&admin=true`) or cut the rest into a fragment (`a#b`). Declared
 * styles (`explode: false`, `x-serialize: json`) were applied to the values before this.
 */
export function serializeQuery(query: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const name in query) add(parts, encodeURIComponent(name), query[name]);
  return parts.join("&");
}

function add(parts: string[], key: string, value: unknown): void {
  if (value == null) return;
  if (Array.isArray(value)) for (const v of value) add(parts, key, v);
  else if (value instanceof Date) parts.push(`${key}=${encodeURIComponent(value.toISOString())}`);
  else if (typeof value == "object")
    for (const name in value)
      add(parts, `${key}[${encodeURIComponent(name)}]`, (value as Record<string, unknown>)[name]);
  else parts.push(`${key}=${encodeURIComponent(String(value))}`);
}
