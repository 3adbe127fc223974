/** Request headers by lower-case name, as Node parses them (a repeated header may be an array). */
export type RequestHeaders = Readonly<Record<string, string | string[] | undefined>>;

/** A request as any transport hands it over: a socket (`node:http`) or a `Request` (msw). */
export interface RawRequest {
  readonly method: string;
  /** The request target exactly as sent: path and query, percent-encoded, below the fake's base path. */
  readonly url: string;
  readonly headers: RequestHeaders;
  /** The whole body as UTF-8 text; "" when there is none. */
  readonly body: string;
}

/** The request line split into its parts; `path` stays percent-encoded. */
export interface RequestTarget {
  readonly path: string;
  readonly query: URLSearchParams;
}

export type ParsedBody =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/** Splits `req.url` without normalising it: dot segments and escapes arrive as sent. */
export function parseTarget(url: string): RequestTarget {
  const mark = url.indexOf("?");
  if (mark === -1) return { path: url, query: new URLSearchParams() };
  return { path: url.slice(0, mark), query: new URLSearchParams(url.slice(mark + 1)) };
}

/** The query as a plain object; a repeated key becomes an array of its values in order. */
export function queryObject(query: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    out[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return out;
}

/**
 * Parses a body by its content type: JSON (`application/json`, `*+json`) must parse or the
 * request is a 400; a form becomes an object; anything else stays text. Empty → undefined.
 */
export function parseBody(raw: string, contentType: string | undefined): ParsedBody {
  if (raw === "") return { ok: true, value: undefined };
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "application/x-www-form-urlencoded") {
    return { ok: true, value: queryObject(new URLSearchParams(raw)) };
  }
  if (type !== "application/json" && !type.endsWith("+json")) return { ok: true, value: raw };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch (error) {
    return { ok: false, message: `Request body is not valid JSON: ${(error as Error).message}` };
  }
}

/** The first value of a header, or undefined. */
export function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
