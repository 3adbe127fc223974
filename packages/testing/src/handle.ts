import type { IncomingMessage, ServerResponse } from "node:http";
import { openRequest } from "./context";
import { deliver } from "./deliver";
import { parseTarget, readBody } from "./incoming";
import type { Credentials } from "./options";
import { respond } from "./respond";
import { mergeHeaders } from "./response";
import type { Runtime } from "./runtime";

/** Serves one request: read, record, decide, wait out the latency, send, log. */
export async function handleRequest<S, A extends Credentials>(
  rt: Runtime<S, A>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  try {
    const rawBody = await readBody(req);
    const incoming = openRequest(rt, req, parseTarget(req.url ?? "/"), rawBody);
    const { response, delivery } = await respond(rt, incoming);
    const headers = mergeHeaders(rt.cors, requestIdHeader(rt, incoming.ctx.requestId), response.headers);
    const { entry } = incoming;
    if (delivery !== "stall" && !(await rt.lifecycle.sleep(rt.options.latencyMs))) return;
    entry.status = deliver(res, { ...response, headers }, delivery, rt.lifecycle.signal);
    const fault = entry.fault ? ` [fault ${entry.fault}]` : "";
    rt.options.log(`#${entry.seq} ${entry.method} ${entry.path} -> ${entry.status || "no response"}${fault}`);
  } catch (error) {
    rt.options.log(`fake server failed on ${req.method} ${req.url}: ${(error as Error).stack ?? error}`);
    if (!res.headersSent && !res.destroyed) res.writeHead(500, rt.cors).end();
  }
}

function requestIdHeader<S, A extends Credentials>(
  rt: Runtime<S, A>,
  requestId: string,
): Record<string, string> {
  const name = rt.provider.requestIdHeader;
  return name ? { [name]: requestId } : {};
}
