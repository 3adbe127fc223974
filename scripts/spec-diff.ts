/**
 * Compares each provider's spec with a base and classifies every change for the package's consumers.
 *   pnpm spec:diff [--base <ref>] [provider…]   print every change (location, class, reason) and the bump it needs
 *   pnpm spec:check [--base <ref>]              exit 1 when a changed spec has no changeset strong enough
 * The base, unless given: the package's last release tag, else the merge base with origin/main (or main)
 * when HEAD is not on it, else HEAD (working-tree changes only). Rules: scripts/spec-diff/*-rules.ts and
 * the functions named `…Rule`; the table is in the README ("Regenerating after a spec change").
 */
import { defineCommand, readCommandLine, type PositionalSpec } from "./lib/args.ts";
import { ROOT, listProviders } from "./lib/providers.ts";
import { checkReports, type CheckResult } from "./spec-diff/check.ts";
import { explicitBase } from "./spec-diff/git.ts";
import { diffProviders, formatReport, type DiffOptions, type ProviderReport } from "./spec-diff/report.ts";

export { diffSpecs } from "./spec-diff/document.ts";
export { diffProviders, type ProviderReport } from "./spec-diff/report.ts";

/** Every provider's report and the printed lines. */
export function specDiff(options: Partial<DiffOptions> = {}): { reports: ProviderReport[]; lines: string[] } {
  const reports = diffProviders({ root: ROOT, ...options });
  const changed = reports.filter((r) => r.status !== "unchanged");
  const unchanged = reports.filter((r) => r.status === "unchanged");
  const lines = changed.flatMap((r) => [...formatReport(r), ""]);
  if (unchanged.length) {
    const labels = [...new Set(unchanged.map((r) => r.base.label))];
    lines.push(
      labels.length === 1
        ? `No spec changes since ${labels[0]}: ${unchanged.map((r) => r.packageName).join(", ")}`
        : unchanged.flatMap(formatReport).join("\n"),
    );
  }
  return { reports, lines };
}

export function specCheck(options: Partial<DiffOptions> = {}): CheckResult {
  const root = options.root ?? ROOT;
  return checkReports(root, diffProviders({ root, ...options }));
}

/** `--base <ref>` and the providers, as `spec:diff`, `spec:check` and `spec:changeset` take them. */
export const baseOption = {
  type: "string",
  value: "ref",
  description:
    "compare with this commit, branch or tag (default: the last release tag, else where the branch left main)",
} as const;
export const providerArguments: PositionalSpec = {
  name: "provider",
  description: "the providers to compare, all by default",
  choices: () => listProviders(),
};

export const command = defineCommand({
  usage: "pnpm spec:diff",
  summary:
    "Prints every change of each provider's spec since a base (location, class, reason) and the version bump it needs.",
  options: {
    base: baseOption,
    check: {
      type: "boolean",
      description:
        "check instead of listing: exit 1 when a changed spec has no pending changeset strong enough",
    },
  },
  positionals: providerArguments,
  examples: [
    "pnpm spec:diff sparkwise                 # what changed in the Sparkwise spec",
    "pnpm spec:diff --base main --check       # what `pnpm spec:check` runs, against main",
  ],
});

/** The diff options of a command line's `--base` and providers; refuses a base that names no commit. */
export function diffOptions(line: { values: { base?: string }; positionals: string[] }, root = ROOT) {
  const { base } = line.values;
  return { root, base: base ? explicitBase(root, base) : undefined, only: line.positionals };
}

function main(argv: string[]) {
  const started = performance.now();
  const line = readCommandLine(command, argv);
  const options = diffOptions(line);
  if (!line.values.check) {
    console.log(specDiff(options).lines.join("\n"));
    return;
  }
  const result = specCheck(options);
  const ms = Math.round(performance.now() - started);
  (result.ok ? console.log : console.error)(
    `${result.lines.join("\n")}\nSpec check ${result.ok ? "passed" : "failed"} (${ms} ms).`,
  );
  if (!result.ok) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
  }
}
