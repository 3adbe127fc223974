/**
 * Writes a changeset for each provider package whose spec changed, with the bump the changes require
 * (see `spec-diff.ts`) and their summary by class:
 *   pnpm spec:changeset [--base <ref>] [provider…]
 * A package that a pending changeset already covers is left alone. The same changes always give the same
 * file name (`.changeset/<provider>-spec-<hash>.md`), so running it again replaces rather than adds.
 */
import { defineCommand, readCommandLine } from "./lib/args.ts";
import { ROOT } from "./lib/providers.ts";
import { baseOption, diffOptions, providerArguments } from "./spec-diff.ts";
import { coverageOf, isCovered, readChangesets, writeChangeset } from "./spec-diff/changesets.ts";
import { diffProviders, type DiffOptions } from "./spec-diff/report.ts";

export interface Written {
  packageName: string;
  file: string;
}

/** Writes the missing changesets; returns them and the printed lines. */
export function specChangeset(options: Partial<DiffOptions> = {}): { written: Written[]; lines: string[] } {
  const root = options.root ?? ROOT;
  const changesets = readChangesets(root);
  const changed = diffProviders({ root, ...options }).filter((r) => r.requirement);
  const written: Written[] = [];
  const lines: string[] = [];
  for (const report of changed) {
    const { bump, reason } = report.requirement!;
    if (isCovered(changesets, report)) {
      const coverage = coverageOf(changesets, report)!;
      lines.push(
        `${report.packageName}: needs ${bump}, already covered by ${coverage.by} (${coverage.bump})`,
      );
      continue;
    }
    const file = writeChangeset(root, report);
    written.push({ packageName: report.packageName, file });
    lines.push(`${report.packageName}: wrote ${file}, a ${bump} bump for ${reason}`);
  }
  if (!changed.length) lines.push("No spec changes; no changeset written.");
  return { written, lines };
}

export const command = defineCommand({
  usage: "pnpm spec:changeset",
  summary:
    "Writes .changeset/<provider>-spec-<hash>.md for each provider whose spec changed and no pending changeset covers, with the bump the changes need.",
  options: { base: baseOption },
  positionals: providerArguments,
  examples: ["pnpm spec:changeset            # after editing a spec, before committing"],
});

if (import.meta.url === `file://${process.argv[1]}`) {
  const line = readCommandLine(command);
  try {
    console.log(specChangeset(diffOptions(line)).lines.join("\n"));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
  }
}
