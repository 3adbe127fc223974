/**
 * `pnpm bench`: measures every figure in one run, one part after the other (never two at once),
 * prints the summary and writes BENCHMARKS.md. Parts that time JavaScript run in fresh child
 * processes. `--quick` runs every part with small counts and prints the report without writing it.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineCommand, readCommandLine } from "../lib/args.ts";
import { measureBundles } from "./bundle.ts";
import { isMain, runPart } from "./child.ts";
import { measureCodegen } from "./codegen.ts";
import { describeMachine } from "./machine.ts";
import { table } from "./markdown.ts";
import type { MemoryResult } from "./memory.ts";
import type { OverheadResult } from "./overhead.ts";
import type { PaginationResult } from "./pagination.ts";
import { renderReport } from "./report.ts";
import type { BenchResults } from "./results.ts";
import { summary } from "./summary.ts";
import { since } from "./stats.ts";
import { measureTypecheck } from "./typecheck.ts";

export const command = defineCommand({
  usage: "pnpm bench",
  summary:
    "Builds the packages, then measures every figure of BENCHMARKS.md one part after the other, prints the summary and rewrites BENCHMARKS.md (several minutes).",
  options: {
    quick: {
      type: "boolean",
      description: "small counts; print the report instead of writing BENCHMARKS.md",
    },
  },
  examples: ["pnpm bench --quick          # a minute or two: does every part still run?"],
});

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** Runs one part, saying on stderr what runs and how long it took. */
async function step<T>(label: string, task: () => Promise<T>): Promise<T> {
  process.stderr.write(`bench: ${label}…\n`);
  const started = performance.now();
  const result = await task();
  process.stderr.write(`bench: ${label} done in ${(since(started) / 1000).toFixed(1)} s\n`);
  return result;
}

async function main(quick: boolean) {
  const args = quick ? ["--quick"] : [];
  const started = performance.now();
  const machine = describeMachine();
  // codegen first: its cold build rewrites every dist that the later parts load
  const codegen = await step("codegen and build", () => measureCodegen(quick));
  const typecheck = await step("type-check cost", () => measureTypecheck(quick));
  const bundles = await step("bundle sizes", () => measureBundles());
  const overhead = await step("per-request overhead", () =>
    runPart<OverheadResult>(here("overhead.ts"), { args }),
  );
  const pagination = await step("pagination", () =>
    runPart<PaginationResult>(here("pagination.ts"), { args }),
  );
  const memory = await step("memory", () =>
    runPart<MemoryResult>(here("memory.ts"), { nodeFlags: ["--expose-gc"], args }),
  );
  const results: BenchResults = {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    machine,
    durationSeconds: since(started) / 1000,
    overhead,
    pagination,
    memory,
    bundles,
    codegen,
    typecheck,
  };
  const report = renderReport(results);
  console.log(table(["figure", "measured", "goal", ""], summary(results)));
  if (quick) console.log(`\n${report}`);
  else writeFileSync(here("../../BENCHMARKS.md"), report);
}

if (isMain(import.meta.url)) await main(readCommandLine(command).values.quick ?? false);
