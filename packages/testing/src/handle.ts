import type { IncomingMessage, ServerResponse } from "node:http";
import { deliver } from "./deliver";
import { exchange, logFailure, settle } from "./exchange";
import type { Credentials } from "./options";
import type { Runtime } from "./runtime";

/** Serves one request from a socket: read, answer, send, log. */
export async function handleRequest<S, A extends Credentials>(
  rt: Runtime<S, A>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  try {
    const raw = {
      method: req.method ?? "GET",
      url: req.url ?? "/",
      headers: req.headers,
      body: await readBody(req),
    };
    const answered = await exchange(rt, raw);
    if (answered)
      settle(rt, answered, deliver(res, answered.response, answered.delivery, rt.lifecycle.signal));
  } catch (error) {
    logFailure(rt, req.method, req.url, error);
    if (!res.headersSent && !res.destroyed) res.writeHead(500, rt.cors).end();
  }
}

/** Reads the whole request body as UTF-8 text. */
async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
