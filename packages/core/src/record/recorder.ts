/** The recorder: an openapi-fetch middleware that writes each attempt as a `RecordedExchange`. */
import type { MiddlewareCallbackParams } from "openapi-fetch";
import { ClienteleError, ValidationError } from "../errors/classes.js";
import { type PersonalMode, applyPersonal, hashValue, isPersonalName } from "./personal.js";
import { type Redact, createRedactor, redactValue } from "../security/redact.js";

/** The version of the recording format; a reader refuses a version it does not know. */
export const RECORDING_VERSION = 1;

/**
 * One request and its response, as a recorder writes it: one JSON object per line of an NDJSON file.
 * Credentials are masked everywhere (`[redacted]`); personal fields are kept, dropped or hashed.
 */
export interface RecordedExchange {
  readonly version: typeof RECORDING_VERSION;
  /** When the request was sent (ISO 8601), and how long its response took to arrive. */
  readonly startedAt: string;
  readonly durationMs: number;
  readonly method: string;
  /** The operation's path template from the spec, e.g. `/v1/users/{userId}`. */
  readonly template: string;
  /** The concrete path below the base URL, e.g. `/v1/users/u_123/sessions`. */
  readonly path: string;
  /** The query as sent; a repeated parameter as a list. */
  readonly query: Readonly<Record<string, string | readonly string[]>>;
  readonly request: { readonly headers: Readonly<Record<string, string>>; readonly body?: unknown };
  readonly status: number;
  /** Response headers, lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The response body, parsed when it is JSON. */
  readonly body?: unknown;
  /** The response body as text, when it is not JSON. */
  readonly text?: string;
  /**
   * How personal fields were treated, and the JSON pointers (into `body`) of those dropped or
   * hashed: a checker must not take a missing or hashed value for drift.
   */
  readonly personal: { readonly mode: PersonalMode; readonly pointers: readonly string[] };
}

export interface RecordOptions {
  /**
   * Personal fields (names, e-mail addresses, phone numbers, addresses, birth dates; see the README
   * for how they are recognised): kept as they are, dropped, or replaced with a salted hash that
   * keeps the value's type and shape. @default "hash"
   */
  personal?: PersonalMode;
  /** The salt of the hashes. @default a random one per recorder (hashes join within one recording only) */
  salt?: string;
  /**
   * Credentials to mask wherever they appear. Those the client's own authentication sends are found
   * without it; pass the ones it cannot know (a key the server echoes in another form).
   */
  secrets?: Iterable<string>;
  /**
   * The fixed starts of the provider's credentials, as its spec declares them (`x-credential.prefix`,
   * e.g. `aik_v1_`): text that starts with one is masked even when this client never sent it (another
   * key of the account echoed in a body). Core's errors mask the same prefixes. @default []
   */
  credentialPrefixes?: readonly string[];
}

/** Receives each recorded exchange; a promise it returns is awaited by `flush`. */
export type ExchangeSink = (exchange: RecordedExchange) => void | Promise<void>;

/** An openapi-fetch middleware (`client.use(recorder)`), and a way to wait for what it has recorded. */
export interface Recorder {
  onRequest(params: MiddlewareCallbackParams): void;
  onResponse(params: MiddlewareCallbackParams & { response: Response }): void;
  onError(params: MiddlewareCallbackParams & { error: unknown }): void;
  /**
   * Waits until every exchange so far has reached the sink. Rejects with a `ClienteleError` when the
   * sink failed; recording never fails a call.
   */
  flush(): Promise<void>;
}

const MODES: readonly PersonalMode[] = ["keep", "drop", "hash"];

/** Header names that carry a credential whoever set them. */
const CREDENTIAL_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key)$/i;

/**
 * Records every attempt of a client's calls: `client.use(recordExchanges(sink))`. Request headers are
 * taken before the client adds its credentials; the credentials it then adds are learnt and masked
 * wherever they appear (path, query, headers, bodies), as core's errors mask them.
 * @example
 * const lines: string[] = [];
 * const recorder = recordExchanges((exchange) => void lines.push(JSON.stringify(exchange)));
 * client.use(recorder);
 * await client.GET("/v1/users");
 * await recorder.flush();
 */
export function recordExchanges(sink: ExchangeSink, options: RecordOptions = {}): Recorder {
  const { personal = "hash", secrets = [], credentialPrefixes = [] } = options;
  if (typeof sink != "function") throw new ValidationError("sink must be a function", "sink", "type");
  if (!MODES.includes(personal))
    throw new ValidationError(`personal must be one of ${MODES.join(", ")}`, "personal", "enum");
  if (options.salt !== undefined && typeof options.salt != "string")
    throw new ValidationError("salt must be a string", "salt", "type");
  if (
    !Array.isArray(credentialPrefixes) ||
    !credentialPrefixes.every((p) => typeof p == "string" && p.trim())
  )
    throw new ValidationError(
      "credentialPrefixes must be an array of non-empty strings",
      "credentialPrefixes",
      "type",
    );
  const salt = options.salt ?? Array.from(crypto.getRandomValues(new Uint8Array(16))).join(".");
  const known = new Set([...secrets].filter((s) => typeof s == "string" && s.trim()));
  const redact = createRedactor(() => known, credentialPrefixes);
  const sent = new Map<string, { at: number; headers: Headers; body: Promise<string> }>();
  const pending = new Set<Promise<void>>();
  let failure: unknown;
  return {
    onRequest({ request, id }) {
      const body = request.body ? request.clone().text() : Promise.resolve("");
      body.catch(() => undefined);
      sent.set(id, { at: Date.now(), headers: new Headers(request.headers), body });
    },
    onResponse({ request, response, schemaPath, params, options: { baseUrl }, id }) {
      const before = sent.get(id);
      sent.delete(id);
      if (!before) return;
      learnCredentials(known, before.headers, request.headers);
      const durationMs = Date.now() - before.at;
      const copy = response.clone();
      const done = build({ request, copy, before, schemaPath, params, baseUrl, durationMs })
        .then(sink)
        .catch((error: unknown) => void (failure ??= error))
        .finally(() => pending.delete(done));
      pending.add(done);
    },
    onError({ id }) {
      sent.delete(id);
    },
    async flush() {
      while (pending.size) await Promise.all(pending);
      if (failure === undefined) return;
      const cause = failure;
      failure = undefined;
      const message = redact(String((cause as Error | undefined)?.message ?? cause));
      throw new ClienteleError(`recording an exchange failed: ${message}`);
    },
  };

  interface Parts {
    request: Request;
    copy: Response;
    before: { at: number; headers: Headers; body: Promise<string> };
    schemaPath: string;
    params: { path?: Record<string, unknown> };
    baseUrl: string;
    durationMs: number;
  }

  async function build({ request, copy, before, schemaPath, params, baseUrl, durationMs }: Parts) {
    const url = new URL(request.url);
    const text = await copy.text().catch(() => "");
    const parsed = parseJson(text, copy.headers.get("content-type"));
    const body =
      parsed === undefined ? undefined : await applyPersonal(redactValue(parsed, redact), personal, salt);
    const requestBody = parseJson(await before.body.catch(() => ""), before.headers.get("content-type"));
    const exchange: RecordedExchange = {
      version: RECORDING_VERSION,
      startedAt: new Date(before.at).toISOString(),
      durationMs,
      method: request.method,
      template: schemaPath,
      path: await concretePath(url, baseUrl, schemaPath, params.path ?? {}),
      query: await queryOf(url),
      request: {
        headers: headersOf(before.headers, redact),
        ...(requestBody === undefined
          ? {}
          : { body: (await applyPersonal(redactValue(requestBody, redact), personal, salt)).value }),
      },
      status: copy.status,
      headers: headersOf(copy.headers, redact),
      ...(body ? { body: body.value } : text ? { text: redact(text) } : {}),
      personal: { mode: personal, pointers: body?.pointers ?? [] },
    };
    return exchange;
  }

  /** The path below the base URL, redacted; a personal path parameter (`/users/{email}`) dropped or hashed. */
  async function concretePath(url: URL, baseUrl: string, template: string, path: Record<string, unknown>) {
    const base = new URL(baseUrl).pathname.replace(/\/$/, "");
    const concrete = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
    const names = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    if (personal == "keep" || !names.some(isPersonalName)) return redact(concrete);
    return redact(
      (
        await Promise.all(
          template.split("/").map(async (segment, i) => {
            const name = /^\{(.+)\}$/.exec(segment)?.[1];
            if (!name) return segment;
            if (!isPersonalName(name)) return concrete.split("/")[i] ?? segment;
            const value = path[name];
            return personal == "drop" || value === undefined
              ? "[dropped]"
              : encodeURIComponent(String(await hashValue(String(value), salt)));
          }),
        )
      ).join("/"),
    );
  }

  /** The query, redacted, with personal parameters dropped or hashed. */
  async function queryOf(url: URL) {
    const query: Record<string, string | string[]> = {};
    for (const [key, raw] of url.searchParams) {
      if (isPersonalName(key) && personal == "drop") continue;
      const value =
        isPersonalName(key) && personal == "hash" ? String(await hashValue(raw, salt)) : redact(raw);
      const name = redact(key);
      const prior = query[name];
      query[name] = prior === undefined ? value : [...(Array.isArray(prior) ? prior : [prior]), value];
    }
    // a key-bearing parameter is masked whole, as in a URL (`api_key=[redacted]`)
    for (const [key, value] of Object.entries(query)) {
      const masked = redact(`?${key}=${String(value)}`);
      if (masked != `?${key}=${String(value)}`) query[key] = masked.slice(key.length + 2);
    }
    return query;
  }
}

/** Headers a client sets apart from its authentication. */
const NOT_CREDENTIALS = /^(content-type|content-length|accept)$/i;

/** Headers the client's authentication added between the middleware and the wire are credentials. */
function learnCredentials(known: Set<string>, before: Headers, after: Headers) {
  for (const [name, value] of after) {
    if (before.has(name) || NOT_CREDENTIALS.test(name)) continue;
    known.add(value);
    const scheme = /^\w+ +(.+)$/.exec(value);
    if (scheme) known.add(scheme[1]!);
  }
}

/** Headers as a plain object, credential headers left out and every value redacted. */
function headersOf(headers: Headers, redact: Redact): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headers) if (!CREDENTIAL_HEADER.test(name)) out[name] = redact(value);
  return out;
}

/** A JSON body, or undefined when there is none or it is not JSON. */
function parseJson(text: string, type: string | null): unknown {
  if (!text || (type && !/json/i.test(type))) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
