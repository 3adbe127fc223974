/** Everything one run measured: what the report and the summary are made from. */
import type { BundleRow } from "./bundle.ts";
import type { CodegenResult } from "./codegen.ts";
import type { Machine } from "./machine.ts";
import type { MemoryResult } from "./memory.ts";
import type { OverheadResult } from "./overhead.ts";
import type { PaginationResult } from "./pagination.ts";
import type { TypecheckRow } from "./typecheck.ts";

export interface BenchResults {
  date: string;
  machine: Machine;
  durationSeconds: number;
  overhead: OverheadResult;
  pagination: PaginationResult;
  memory: MemoryResult;
  bundles: BundleRow[];
  codegen: CodegenResult;
  typecheck: TypecheckRow[];
}
