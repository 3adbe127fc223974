import type { ServerResponse } from "node:http";
import type { Delivery } from "./respond";
import type { FakeResponse } from "./response";

const SLOW_BODY_MS = 200;
const SLOW_BODY_CHUNKS = 8;

/**
 * Writes `response` (whose headers already include CORS and the rest) in the given mode and
 * returns the status put on the wire, 0 when none was. A socket that closed meanwhile is left alone.
 */
export function deliver(
  res: ServerResponse,
  response: FakeResponse,
  mode: Delivery,
  signal: AbortSignal,
): number {
  if (res.destroyed || signal.aborted) return 0;
  const body = Buffer.from(response.body ?? "", "utf8");
  const headers = { ...response.headers };
  switch (mode) {
    case "stall":
      return 0; // nothing is ever sent; close() destroys the socket
    case "reset":
      return resetMidway(res, response.status, headers, body);
    case "truncated":
      truncate(res, response.status, headers, body);
      break;
    case "slow-body":
      drip(res, response.status, headers, body, signal);
      break;
    case "normal":
      res.writeHead(response.status, { ...headers, "content-length": String(body.length) });
      res.end(body);
  }
  return response.status;
}

/** Headers and half the body are written, then the socket is destroyed. */
function resetMidway(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Buffer,
): number {
  const socket = res.socket;
  if (body.length === 0) {
    // Without a body, a written head would be a complete response: destroy before sending anything.
    socket?.destroy();
    return 0;
  }
  res.writeHead(status, { ...headers, "content-length": String(body.length) });
  res.write(body.subarray(0, Math.floor(body.length / 2)), () => socket?.destroy());
  return status;
}

/** A complete, well-framed response whose body stops in the middle of the JSON. */
function truncate(res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer): void {
  const cut = body.subarray(0, Math.floor(body.length / 2));
  res.writeHead(status, { ...headers, "content-length": String(cut.length), connection: "close" });
  res.end(cut);
}

/** The real body in several chunks spread over about 200 ms. */
function drip(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Buffer,
  signal: AbortSignal,
): void {
  res.writeHead(status, { ...headers, "content-length": String(body.length) });
  res.flushHeaders();
  const size = Math.max(1, Math.ceil(body.length / SLOW_BODY_CHUNKS));
  let offset = 0;
  const step = (): void => {
    if (res.destroyed || signal.aborted) return;
    const chunk = body.subarray(offset, offset + size);
    offset += size;
    if (offset >= body.length) return void res.end(chunk);
    res.write(chunk);
    setTimeout(step, SLOW_BODY_MS / SLOW_BODY_CHUNKS);
  };
  setTimeout(step, SLOW_BODY_MS / SLOW_BODY_CHUNKS);
}
