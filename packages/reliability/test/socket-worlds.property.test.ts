/**
 * Property, over real sockets on 127.0.0.1: generated redirect chains whose hops go to the same
 * origin, to another origin or to a port that refuses connections, and whose servers reset the
 * connection before answering or in the middle of a body (a redirect's included). A POST that is
 * not repeatable reaches the origin exactly once; no credential reaches the other origin; every
 * failure is a `ClienteleError`; nothing goes unhandled (the suite's listener counts it).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type ProviderMetadata, bearerAuth, createClient, isClienteleError, unwrap } from "@clientele/core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import { generated, holds, params, timeout } from "./support/properties";
import { count } from "./support/tally";

const SECRET = "socket-world-token-7f3a9c";

type Hop =
  | { kind: "redirect"; status: number; to: "same" | "other" | "refused"; cut: boolean }
  | { kind: "answer"; status: number; cut: boolean }
  | { kind: "reset" };

const hop: fc.Arbitrary<Hop> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("redirect" as const),
      status: fc.integer({ min: 300, max: 308 }),
      to: fc.constantFrom("same" as const, "other" as const, "refused" as const),
      cut: fc.boolean(),
    }),
  },
  fc.record({
    kind: fc.constant("answer" as const),
    status: fc.constantFrom(200, 201, 401, 500, 503),
    cut: fc.boolean(),
  }),
  fc.constant({ kind: "reset" as const }),
);

const world = fc.record({
  chain: fc.array(hop, { minLength: 1, maxLength: 5 }),
  retries: fc.integer({ min: 0, max: 2 }),
});
type World = typeof world extends fc.Arbitrary<infer W> ? W : never;

const meta: ProviderMetadata = {
  name: "sockets",
  servers: [{ url: "http://127.0.0.1" }],
  securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
  errors: { code: "/code", message: "/message" },
  operations: { "POST /items": { id: "createItem" } },
};

let current: World = { chain: [], retries: 0 };
const hits = new Map<number, number>();
const otherHeaders: string[] = [];
let ports = { origin: 0, other: 0, refused: 0 };
const servers: Server[] = [];

/** Answers node `n` of the current world (the path says which), on either origin. */
function handler(origin: "origin" | "other") {
  return (req: IncomingMessage, res: ServerResponse) => {
    const n = req.url == "/items" ? 0 : Number(/\/n(\d+)/.exec(req.url ?? "")?.[1] ?? -1);
    if (origin == "other") otherHeaders.push(JSON.stringify(req.headers));
    req.resume();
    req.on("end", () => {
      hits.set(n, (hits.get(n) ?? 0) + 1);
      const h = current.chain[n] ?? { kind: "answer" as const, status: 200, cut: false };
      if (h.kind == "reset") return void req.socket.destroy();
      const headers: Record<string, string> = { "content-type": "application/json", connection: "close" };
      if (h.kind == "redirect") {
        const base =
          h.to == "refused"
            ? `http://127.0.0.1:${ports.refused}`
            : h.to == "other"
              ? origin == "origin"
                ? `http://localhost:${ports.other}`
                : `http://127.0.0.1:${ports.origin}`
              : "";
        headers.location = `${base}/n${n + 1}`;
      }
      const body = JSON.stringify({ code: "E", message: "m", node: n, padding: "x".repeat(200) });
      if (h.cut && h.status != 304) {
        // promise a whole body, send a part, then reset: the body fails mid-stream
        res.writeHead(h.status, { ...headers, "content-length": String(body.length * 2) });
        res.write(body.slice(0, 40), () => setImmediate(() => req.socket.destroy()));
        return;
      }
      res.writeHead(h.status, headers).end(h.status == 304 ? undefined : body);
    });
  };
}

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  const origin = await listen(createServer(handler("origin")));
  const other = await listen(createServer(handler("other")));
  const closed = createServer();
  const refused = await new Promise<number>((resolve) =>
    closed.listen(0, "127.0.0.1", () => {
      const { port } = closed.address() as AddressInfo;
      closed.close(() => resolve(port));
    }),
  );
  servers.pop();
  ports = { origin, other, refused };
});
afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

describe("socket worlds (property)", () => {
  it(
    "a POST reaches the origin exactly once through refused, reset and cut hops; no credential reaches the other origin; failures are typed",
    async () => {
      await fc.assert(
        fc.asyncProperty(world, async (w) => {
          generated();
          current = w;
          hits.clear();
          otherHeaders.length = 0;
          const client = createClient<any>(meta, {
            baseUrl: `http://127.0.0.1:${ports.origin}`,
            auth: bearerAuth(SECRET),
            retry: { retries: w.retries, baseDelayMs: 0, maxDelayMs: 0 },
            timeoutMs: 5_000,
          });
          const outcome = await client
            .POST("/items", { body: { a: 1 } })
            .then((result: any) => unwrap(result))
            .then(
              () => undefined,
              (error: unknown) => error,
            );
          // let late resets and stream errors surface before the next world
          await new Promise((resolve) => setTimeout(resolve, 5));
          const sent = hits.get(0) ?? 0;
          if (sent > 1) count("duplicated", sent - 1);
          holds(sent == 1, () => `the POST reached the origin ${sent} times`);
          const leaked = otherHeaders.filter((h) => h.includes(SECRET)).length;
          count("leaked", leaked);
          holds(leaked == 0, "the credential reached the other origin");
          if (outcome !== undefined)
            holds(isClienteleError(outcome), () => `rejected with ${String(outcome).slice(0, 200)}`);
        }),
        params(200),
      );
    },
    timeout(200, 50),
  );
});
