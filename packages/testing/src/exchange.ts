import { applyDrift } from "./apply-drift";
import { openRequest } from "./context";
import type { RawRequest } from "./incoming";
import type { LedgerEntry } from "./ledger";
import type { Credentials } from "./options";
import { respond, type Delivery } from "./respond";
import { mergeHeaders, type FakeResponse } from "./response";
import type { Runtime } from "./runtime";

/** A request answered, before a transport puts the answer on the wire (or into a `Response`). */
export interface Exchange {
  readonly entry: LedgerEntry;
  /** The response, its headers complete: CORS, request id, the provider's own. */
  readonly response: FakeResponse;
  readonly delivery: Delivery;
}

/**
 * Serves one request, whatever carried it: record, decide, wait out the latency. Resolves
 * undefined when the fake closed during the wait (nothing is to be sent).
 */
export async function exchange<S, A extends Credentials>(
  rt: Runtime<S, A>,
  req: RawRequest,
): Promise<Exchange | undefined> {
  const incoming = openRequest(rt, req);
  const outcome = await respond(rt, incoming);
  const { delivery } = outcome;
  const response = applyDrift(rt.drift, incoming.entry, outcome.response);
  const headers = mergeHeaders(rt.cors, requestIdHeader(rt, incoming.ctx.requestId), response.headers);
  if (delivery !== "stall" && !(await rt.lifecycle.sleep(rt.options.latencyMs))) return undefined;
  return { entry: incoming.entry, response: { ...response, headers }, delivery };
}

/** Records the status a transport sent (0: none) and logs the request's line. */
export function settle<S, A extends Credentials>(
  rt: Runtime<S, A>,
  { entry }: Exchange,
  status: number,
): void {
  entry.status = status;
  const fault = `${entry.fault ? ` [fault ${entry.fault}]` : ""}${entry.drift ? ` [drift ${entry.drift}]` : ""}`;
  rt.options.log(`#${entry.seq} ${entry.method} ${entry.path} -> ${entry.status || "no response"}${fault}`);
}

/** Logs a failure of the fake itself (never of the request): the transport answers a bare 500. */
export function logFailure<S, A extends Credentials>(
  rt: Runtime<S, A>,
  method: string | undefined,
  url: string | undefined,
  error: unknown,
): void {
  rt.options.log(`fake server failed on ${method} ${url}: ${(error as Error).stack ?? error}`);
}

function requestIdHeader<S, A extends Credentials>(
  rt: Runtime<S, A>,
  requestId: string,
): Record<string, string> {
  const name = rt.provider.requestIdHeader;
  return name ? { [name]: requestId } : {};
}
