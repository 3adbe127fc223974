/**
 * Memory while `paginate` walks 1,000,000 items (10,000 pages of 100) with a consumer that keeps
 * nothing. The pages come from a purpose-built loopback server (page-server.ts, its own process) in
 * the Not AI users envelope that synthesises each page from its cursor: the fakes hold every record
 * in memory (a million users would weigh hundreds of MB, and in-process they would share the heap
 * and RSS being measured), while this server holds nothing between requests. Heap, RSS and
 * off-heap memory are sampled after forced full GCs (run with `--expose-gc`).
 */
import { fileURLToPath } from "node:url";
import { createIsNotAiClient } from "../../packages/isnotai/dist/index.js";
import { firstLine, partMain, spawnHelper } from "./child.ts";
import { since, sleep } from "./stats.ts";

const PAGE_SIZE = 100;
const API_KEY = "aik_v1_memorybench000000000000";

export interface MemorySample {
  items: number;
  heapMB: number;
  /** What V8 has committed for its heap: used, free and its young generation's reserve. */
  heapTotalMB: number;
  rssMB: number;
  /** Memory of C++ objects bound to JS, array buffers included. */
  externalMB: number;
}

export interface MemoryResult {
  items: number;
  pages: number;
  seconds: number;
  samples: MemorySample[];
  /** Last sample minus the first (before any request). */
  heapGrowthMB: number;
  rssGrowthMB: number;
  /** Last sample minus the one after the first tenth: growth once warm. */
  heapDriftMB: number;
  rssDriftMB: number;
  heapPeakMB: number;
  rssPeakMB: number;
}

/** Starts page-server.ts in its own process; resolves with its URL and a way to stop it. */
async function startPageServer(pages: number): Promise<{ url: string; stop: () => void }> {
  const script = fileURLToPath(new URL("page-server.ts", import.meta.url));
  const child = spawnHelper(script, [String(pages), String(PAGE_SIZE)]);
  const line = await firstLine(child);
  return { url: `http://127.0.0.1:${line.trim()}`, stop: () => child.kill() };
}

/**
 * A full GC, a pause for the finalizers it queued (undici frees each request's abort listener from
 * a FinalizationRegistry callback), and another GC for what they released.
 */
async function settle(): Promise<void> {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error("run with --expose-gc");
  collect();
  await sleep(20);
  collect();
}

async function sample(items: number): Promise<MemorySample> {
  await settle();
  const { heapUsed, heapTotal, rss, external } = process.memoryUsage();
  const mb = (bytes: number) => bytes / 2 ** 20;
  return {
    items,
    heapMB: mb(heapUsed),
    heapTotalMB: mb(heapTotal),
    rssMB: mb(rss),
    externalMB: mb(external),
  };
}

export async function measureMemory(quick = false): Promise<MemoryResult> {
  const pages = quick ? 1_000 : 10_000;
  const every = (pages * PAGE_SIZE) / 10;
  const server = await startPageServer(pages);
  const client = createIsNotAiClient({ apiKey: API_KEY, baseUrl: server.url });
  const samples = [await sample(0)];
  const started = performance.now();
  let items = 0;
  for await (const _user of client.paginate("/v1/users", { params: { query: { pageSize: PAGE_SIZE } } }))
    if (++items % every === 0) samples.push(await sample(items));
  const seconds = since(started) / 1000;
  server.stop();
  const [first, warm] = samples as [MemorySample, MemorySample];
  const last = samples.at(-1)!;
  return {
    items,
    pages,
    seconds,
    samples,
    heapGrowthMB: last.heapMB - first.heapMB,
    rssGrowthMB: last.rssMB - first.rssMB,
    heapDriftMB: last.heapMB - warm.heapMB,
    rssDriftMB: last.rssMB - warm.rssMB,
    heapPeakMB: Math.max(...samples.map((s) => s.heapMB)),
    rssPeakMB: Math.max(...samples.map((s) => s.rssMB)),
  };
}

await partMain(import.meta.url, measureMemory);
