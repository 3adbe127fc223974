/** The goals and limits, in one place for the report and the summary. */
export const GOALS = {
  /** Clientele's median time per request / plain openapi-fetch's, at most. */
  overheadVsOpenapiFetch: 1.25,
  /** 40 pages at concurrency 4 against sequential: at least this speed-up; 4× is the limit. */
  concurrentSpeedup: 3.5,
  concurrentLimit: 4,
  /** Cursor walk with a 20 ms consumer, prefetch against none: at least; 2× is the limit. */
  prefetchSpeedup: 1.8,
  prefetchLimit: 2,
  /** Heap and RSS growth over 1,000,000 items, under. */
  memoryGrowthMB: 64,
  /** Gzipped bundle of one client, factory + one call + one paginate, at most (bytes; 1 kB = 1000 B). */
  clientGzipBytes: 5000,
  /** `pnpm generate` for every spec, under. */
  generateSeconds: 3,
  /** A warm `pnpm build` from turbo's cache, under. */
  warmBuildSeconds: 2,
  /** The whole `pnpm bench`, under. */
  benchMinutes: 10,
} as const;
