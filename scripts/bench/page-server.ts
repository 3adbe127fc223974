/**
 * A loopback server of Not AI-style user pages that synthesises each page from its cursor and keeps
 * nothing between requests, for the memory benchmark. Run as its own process so that its buffers
 * and sockets are not counted in the client's memory: it prints its port, then serves until killed
 * or until the process that started it is gone.
 *   node --import tsx scripts/bench/page-server.ts <pages> <pageSize>
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { defineCommand, readCommandLine } from "../lib/args.ts";
import { exitWithParent, isMain } from "./child.ts";

/** Page `n` of `pages`: `size` users, the next cursor, whether there is more. */
function pageBody(n: number, pages: number, size: number): string {
  const data = Array.from({ length: size }, (_, i) => {
    const id = n * size + i;
    return { userId: `usr_${id}`, userName: `User ${id}`, riskLevel: "low", sessionCount: id % 7 };
  });
  const hasMore = n + 1 < pages;
  return JSON.stringify({
    data,
    pagination: { nextCursor: hasMore ? `p${n + 1}` : "", hasMore, limit: size },
  });
}

export const command = defineCommand({
  usage: "node --import tsx scripts/bench/page-server.ts",
  summary:
    "Serves synthesised user pages on 127.0.0.1 for the memory benchmark: prints its port, then serves until its parent is gone.",
  options: {},
  positionals: {
    name: "pages",
    usage: "<pages> <page-size>",
    description: "how many pages, then how many users a page holds",
    min: 2,
    max: 2,
  },
  examples: ["node --import tsx scripts/bench/page-server.ts 1000 100"],
});

function serve(pages: number, size: number) {
  const server = createServer((req, res) => {
    const cursor = new URL(req.url!, "http://x").searchParams.get("cursor");
    const body = pageBody(cursor ? Number(cursor.slice(1)) : 0, pages, size);
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
  server.listen(0, "127.0.0.1", () => console.log((server.address() as AddressInfo).port));
}

if (isMain(import.meta.url)) {
  const [pages, size] = readCommandLine(command).positionals.map(Number) as [number, number];
  exitWithParent();
  serve(pages, size);
}
