import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll } from "vitest";

/** A request exactly as it arrived: raw header lines, target and body, nothing redacted. */
export interface Received {
  readonly method: string;
  readonly url: string;
  readonly rawHeaders: readonly string[];
  readonly body: string;
}

const servers: Server[] = [];
afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

async function listen(handler: Parameters<typeof createServer>[1] & {}): Promise<number> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

/**
 * Two origins: `url` (http://127.0.0.1:A) answers every request with `status` and a `Location` on
 * http://localhost:B, the same path; the other origin records each request as it arrives (raw,
 * no redaction in between) and answers 401. Both listen on 127.0.0.1 only.
 */
export async function startRedirectWitness(status = 307) {
  const received: Received[] = [];
  const other = await listen((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({
        method: req.method ?? "",
        url: req.url ?? "",
        rawHeaders: req.rawHeaders,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      res.writeHead(401, { "content-type": "application/json" }).end('{"error":"who are you?"}');
    });
  });
  let redirected = 0;
  const origin = await listen((req, res) => {
    req.resume();
    req.on("end", () => {
      redirected++;
      res.writeHead(status, { location: `http://localhost:${other}${req.url}` }).end();
    });
  });
  return {
    url: `http://127.0.0.1:${origin}`,
    received,
    redirected: () => redirected,
    /** Everything the other origin received, as one text to search. */
    text: () => received.map((r) => [r.method, r.url, ...r.rawHeaders, r.body].join("\n")).join("\n"),
  };
}
