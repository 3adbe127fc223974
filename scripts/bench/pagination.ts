/**
 * Pagination wall time against the fakes with 20 ms of latency per response:
 * - a page-number API with a known total (Sparkwise `GET /users`, `totalPages`): 40 pages fetched
 *   4 at a time against one at a time;
 * - a cursor API (Not AI `GET /v1/users`) whose consumer spends 20 ms on every page: the next page
 *   prefetched while the consumer works, against fetched only when asked for.
 * The fakes run in their own process, as a real API does. The modes alternate within each
 * repetition; each figure is the median of the repetitions.
 */
import { createIsNotAiClient } from "../../packages/isnotai/dist/index.js";
import { createSparkwiseClient } from "../../packages/sparkwise/dist/index.js";
import { partMain } from "./child.ts";
import { hostFake } from "./fake-host.ts";
import { median, sleep, timed } from "./stats.ts";

export const LATENCY_MS = 20;
export const CONSUMER_MS = 20;
const PAGE_SIZE = 25;
const NUMBERED_PAGES = 40;
const CURSOR_PAGES = 20;

export interface ModePair {
  /** Pages walked per run. */
  pages: number;
  /** Median wall time, ms, of the baseline mode (sequential, or without prefetch). */
  baselineMs: number;
  /** Median wall time, ms, of the faster mode (concurrency 4, or prefetch). */
  fastMs: number;
  /** Median over repetitions of baseline / fast. */
  speedup: number;
}

export interface PaginationResult {
  repetitions: number;
  latencyMs: number;
  consumerMs: number;
  pageSize: number;
  concurrent: ModePair;
  prefetch: ModePair;
}

type Walk = () => Promise<number>;

async function countItems(items: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const _ of items) n++;
  return n;
}

/** Both modes of a pair, alternating which goes first, `repetitions` times. */
async function pair(baseline: Walk, fast: Walk, pages: number, repetitions: number): Promise<ModePair> {
  const base: number[] = [];
  const quick: number[] = [];
  for (let r = 0; r < repetitions; r++) {
    const order = r % 2 ? [fast, baseline] : [baseline, fast];
    for (const walk of order) (walk === fast ? quick : base).push((await timed(walk)).ms);
  }
  return {
    pages,
    baselineMs: median(base),
    fastMs: median(quick),
    speedup: median(base.map((b, i) => b / quick[i]!)),
  };
}

async function pageNumbered(repetitions: number): Promise<ModePair> {
  const users = NUMBERED_PAGES * PAGE_SIZE;
  const server = await hostFake<{ apiKey: string }>("sparkwise", {
    users,
    latencyMs: LATENCY_MS,
    rateLimit: false,
  });
  try {
    const client = createSparkwiseClient({ ...server.auth, baseUrl: server.url });
    const walk = (concurrency: number) => async () => {
      const init = { params: { query: { pageSize: PAGE_SIZE } } };
      const n = await countItems(client.paginate("/users", init, { concurrency }));
      if (n !== users) throw new Error(`page-number walk saw ${n} of ${users} users`);
      return n;
    };
    await walk(4)(); // warm-up: connections, JIT
    return await pair(walk(1), walk(4), NUMBERED_PAGES, repetitions);
  } finally {
    server.stop();
  }
}

async function cursorWithConsumer(repetitions: number): Promise<ModePair> {
  const users = CURSOR_PAGES * PAGE_SIZE;
  const server = await hostFake<{ keys: { us: { pro: string } } }>("isnotai", {
    users,
    latencyMs: LATENCY_MS,
    rateLimit: false,
  });
  try {
    const client = createIsNotAiClient({ apiKey: server.auth.keys.us.pro, baseUrl: server.url });
    const walk = (prefetch: boolean) => async () => {
      let n = 0;
      const init = { params: { query: { pageSize: PAGE_SIZE } } };
      for await (const page of client.paginate("/v1/users", init, { prefetch }).pages()) {
        n += page.items.length;
        await sleep(CONSUMER_MS); // the consumer's own work on the page
      }
      if (n !== users) throw new Error(`cursor walk saw ${n} of ${users} users`);
      return n;
    };
    await walk(true)();
    return await pair(walk(false), walk(true), CURSOR_PAGES, repetitions);
  } finally {
    server.stop();
  }
}

export async function measurePagination(quick = false): Promise<PaginationResult> {
  const repetitions = quick ? 1 : 9;
  return {
    repetitions,
    latencyMs: LATENCY_MS,
    consumerMs: CONSUMER_MS,
    pageSize: PAGE_SIZE,
    concurrent: await pageNumbered(repetitions),
    prefetch: await cursorWithConsumer(repetitions),
  };
}

await partMain(import.meta.url, measurePagination);
