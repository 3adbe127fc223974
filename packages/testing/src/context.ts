import {
  firstValue,
  parseBody,
  parseTarget,
  queryObject,
  type ParsedBody,
  type RawRequest,
} from "./incoming";
import type { LedgerEntry } from "./ledger";
import type { Credentials } from "./options";
import type { RouteContext } from "./provider";
import type { Runtime } from "./runtime";

/** The handler's context while the server is still filling it in (route, params, principal). */
export type MutableContext<S, A extends Credentials> = {
  -readonly [K in keyof RouteContext<S, A>]: RouteContext<S, A>[K];
};

/** A request after its body was read: the context, its ledger entry and how the body parsed. */
export interface Incoming<S, A extends Credentials> {
  readonly ctx: MutableContext<S, A>;
  readonly entry: LedgerEntry;
  readonly parsed: ParsedBody;
  /** The request target exactly as sent (path and query). */
  readonly url: string;
}

/** Opens the ledger entry (redacted) and builds the handler context for one request. */
export function openRequest<S, A extends Credentials>(rt: Runtime<S, A>, req: RawRequest): Incoming<S, A> {
  const method = req.method.toUpperCase();
  const target = parseTarget(req.url);
  const rawBody = req.body;
  const parsed = parseBody(rawBody, firstValue(req.headers["content-type"]));
  const body = parsed.ok ? parsed.value : rawBody;
  const entry = rt.writer.open({
    method,
    path: rt.redactor.text(target.path),
    route: "",
    query: rt.redactor.query(queryObject(target.query)),
    headers: rt.redactor.headers(req.headers),
    body: rt.redactor.body(body),
  });
  const ctx: MutableContext<S, A> = {
    seq: entry.seq,
    requestId: `req_${String(entry.seq).padStart(8, "0")}`,
    method,
    path: target.path,
    route: "",
    params: {},
    query: target.query,
    headers: req.headers,
    header: (name) => firstValue(req.headers[name.toLowerCase()]),
    body,
    rawBody,
    state: rt.state,
    principal: undefined,
    rng: rt.rng,
    options: rt.options,
    effect: (kind, key) => rt.writer.effect(entry, kind, key),
    error: (status, code, message) => rt.provider.error(ctx, { status, code, message }),
  };
  return { ctx, entry, parsed, url: req.url };
}
