/** A response a fake provider returns: status, headers and an already serialised body. */
export interface FakeResponse {
  readonly status: number;
  /** Header names in any case; they are lower-cased when sent. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** A JSON response; `body` is serialised with `JSON.stringify`. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): FakeResponse {
  return {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
    body: JSON.stringify(body),
  };
}

/** A text response, `text/plain` unless told otherwise. */
export function text(
  status: number,
  body: string,
  contentType = "text/plain; charset=utf-8",
  headers: Record<string, string> = {},
): FakeResponse {
  return { status, headers: { "content-type": contentType, ...headers }, body };
}

/** A response without a body. */
export function empty(status = 204, headers: Record<string, string> = {}): FakeResponse {
  return { status, headers };
}

/** Merges header records, lower-casing names; later records win. */
export function mergeHeaders(
  ...records: (Readonly<Record<string, string>> | undefined)[]
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const record of records) {
    for (const [name, value] of Object.entries(record ?? {})) out[name.toLowerCase()] = value;
  }
  return out;
}

/** Returns a copy of `response` with headers merged over (or removed, with `undefined`). */
export function withHeaders(
  response: FakeResponse,
  headers: Readonly<Record<string, string | undefined>>,
): FakeResponse {
  const merged = mergeHeaders(response.headers);
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) delete merged[name.toLowerCase()];
    else merged[name.toLowerCase()] = value;
  }
  return { ...response, headers: merged };
}
