/** One line per goal of the issue: what was measured, the goal, met or missed. */
import type { BundleRow } from "./bundle.ts";
import { GOALS } from "./goals.ts";
import { count, fixed, kb, mb, seconds, times, verdict } from "./markdown.ts";
import type { OverheadResult } from "./overhead.ts";
import type { BenchResults } from "./results.ts";

const clienteleRow = (o: OverheadResult) => o.rows.find((r) => r.name === o.clientele)!;
const providers = (rows: BundleRow[]) => rows.filter((r) => r.kind === "provider");
const largest = (rows: BundleRow[]) => Math.max(...providers(rows).map((r) => r.gzipBytes));

export function summary(r: BenchResults): string[][] {
  const overhead = clienteleRow(r.overhead).vsOpenapiFetch;
  const { concurrent, prefetch } = r.pagination;
  const growth = Math.max(r.memory.heapGrowthMB, r.memory.rssGrowthMB);
  const biggest = largest(r.bundles);
  return [
    [
      "Per-request overhead, Clientele / openapi-fetch",
      times(overhead),
      `≤ ${times(GOALS.overheadVsOpenapiFetch)}`,
      verdict(overhead <= GOALS.overheadVsOpenapiFetch),
    ],
    [
      "40 pages, concurrency 4 / sequential",
      times(concurrent.speedup),
      `≥ ${times(GOALS.concurrentSpeedup)} (limit ${times(GOALS.concurrentLimit)})`,
      verdict(concurrent.speedup >= GOALS.concurrentSpeedup),
    ],
    [
      "Cursor walk, 20 ms consumer, prefetch / none",
      times(prefetch.speedup),
      `≥ ${times(GOALS.prefetchSpeedup)} (limit ${times(GOALS.prefetchLimit)})`,
      verdict(prefetch.speedup >= GOALS.prefetchSpeedup),
    ],
    [
      `Memory over ${count(r.memory.items)} items: heap / RSS growth`,
      `${mb(r.memory.heapGrowthMB)} / ${mb(r.memory.rssGrowthMB)}`,
      `flat, < ${GOALS.memoryGrowthMB} MB`,
      verdict(growth < GOALS.memoryGrowthMB),
    ],
    [
      "Largest client bundle (min + gzip)",
      kb(biggest),
      `≤ ${kb(GOALS.clientGzipBytes)}`,
      verdict(biggest <= GOALS.clientGzipBytes),
    ],
    [
      "`pnpm generate`, every spec",
      seconds(r.codegen.generateSeconds),
      `< ${GOALS.generateSeconds} s`,
      verdict(r.codegen.generateSeconds < GOALS.generateSeconds),
    ],
    [
      "Warm `pnpm build` (turbo cache)",
      seconds(r.codegen.warmBuildSeconds),
      `< ${GOALS.warmBuildSeconds} s`,
      verdict(r.codegen.warmBuildSeconds < GOALS.warmBuildSeconds),
    ],
    [
      "`pnpm bench` measurements",
      `${fixed(r.durationSeconds / 60, 1)} min`,
      `< ${GOALS.benchMinutes} min`,
      verdict(r.durationSeconds < GOALS.benchMinutes * 60),
    ],
  ];
}
