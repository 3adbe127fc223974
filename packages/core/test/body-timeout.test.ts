/**
 * `timeoutMs` bounds reading the body too: a server that sends its headers at once, then dribbles
 * the body slower than the timeout allows, over a real socket on 127.0.0.1. Every test is bounded:
 * the server ends each body after at most 1.4 s, and each test must finish within 5 s.
 */
import { type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TimeoutError, createClient } from "../src/index.js";
import { meta } from "./fixtures.js";

/** What the server saw: each request, and whether the client hung up before the body was sent. */
const seen: { method: string; hungUp: boolean }[] = [];
let server: Server;
let baseUrl: string;

/** Headers at once, then `{"data": [...]}` a space every `every` ms, `chunks` times, then the end. */
function dribble(res: ServerResponse, chunks: number, every: number) {
  const entry = seen[seen.length - 1]!;
  res.writeHead(200, { "content-type": "application/json" });
  res.write('{"data": [1, 2');
  let sent = 0;
  const timer = setInterval(() => {
    if (++sent < chunks) return void res.write(" ");
    clearInterval(timer);
    res.end("]}");
  }, every);
  res.on("close", () => {
    clearInterval(timer);
    if (!res.writableFinished) entry.hungUp = true;
  });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ method: req.method!, hungUp: false });
    const slow = req.url!.includes("slow");
    req.resume();
    req.on("end", () => dribble(res, slow ? 7 : 2, slow ? 200 : 20)); // 1.4 s, or 40 ms
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const client = (timeoutMs: number) =>
  createClient<any>(meta, { baseUrl, timeoutMs, retry: { retries: 1, baseDelayMs: 10, maxDelayMs: 10 } });
const timed = async (run: () => Promise<unknown>) => {
  const started = performance.now();
  const outcome: { value?: any; error?: unknown } = await run().then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  return { ...outcome, ms: performance.now() - started };
};

describe("timeoutMs covers the body", { timeout: 5_000 }, () => {
  it("a GET whose body stalls past 250 ms ends with TimeoutError 'attempt' after one retry, the body abandoned", async () => {
    seen.length = 0;
    const { error, ms } = await timed(() => client(250).GET("/items", { params: { query: { slow: 1 } } }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeout: "attempt", attempts: 2 });
    // two attempts of 250 ms and a 10 ms wait; the body alone would take 1,400 ms each
    expect(ms).toBeGreaterThanOrEqual(500);
    expect(ms).toBeLessThan(1_300);
    await expect.poll(() => seen.map((s) => s.hungUp)).toEqual([true, true]);
  });

  it("a POST whose body stalls is not sent again", async () => {
    seen.length = 0;
    const { error } = await timed(() =>
      client(250).POST("/items", { body: {}, params: { query: { slow: 1 } } }),
    );
    expect(error).toMatchObject({ name: "TimeoutError", timeout: "attempt", attempts: 1 });
    expect(seen.map((s) => s.method)).toEqual(["POST"]);
  });

  it("a body that arrives within the time is read as usual", async () => {
    const { value } = await timed(() => client(1_000).GET("/items", {}));
    expect(value).toMatchObject({ data: { data: [1, 2] } });
  });

  it("parseAs 'stream': the stream errors with TimeoutError when the attempt's time runs out while it is read", async () => {
    seen.length = 0;
    const started = performance.now();
    const { data, response } = await client(250).GET("/items", {
      params: { query: { slow: 1 } },
      parseAs: "stream",
    });
    expect(response.status).toBe(200);
    const read = await new Response(data as ReadableStream).text().then(
      () => undefined,
      (error: unknown) => error,
    );
    const ms = performance.now() - started;
    expect(read).toBeInstanceOf(TimeoutError);
    expect(read).toMatchObject({ timeout: "attempt", attempts: 1 });
    expect(ms).toBeGreaterThanOrEqual(240);
    expect(ms).toBeLessThan(800);
    await expect.poll(() => seen.map((s) => s.hungUp)).toEqual([true]);
  });

  it("parseAs 'stream': a deadline shorter than the attempt's time bounds it, and a body read in time is whole", async () => {
    const slow = await createClient<any>(meta, { baseUrl, timeoutMs: 5_000, deadlineMs: 300 }).GET("/items", {
      params: { query: { slow: 1 } },
      parseAs: "stream",
    });
    const error = await new Response(slow.data as ReadableStream).text().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "TimeoutError", timeout: "deadline" });
    const fast = await client(1_000).GET("/items", { parseAs: "stream" });
    expect(JSON.parse(await new Response(fast.data as ReadableStream).text())).toEqual({ data: [1, 2] });
  });
});
