/** The check: every changed spec has a pending changeset at least as strong as its changes require. */
import { coverageOf, isCovered, readChangesets, type Coverage } from "./changesets.ts";
import { formatChange, type ProviderReport } from "./report.ts";

export interface CheckResult {
  ok: boolean;
  /** The packages whose changes no pending changeset covers. */
  failing: ProviderReport[];
  lines: string[];
}

export function checkReports(root: string, reports: ProviderReport[]): CheckResult {
  const changesets = readChangesets(root);
  const changed = reports.filter((r) => r.requirement);
  const failing = changed.filter((r) => !isCovered(changesets, r));
  const lines = changed.length ? [] : [noChangesLine(reports)];
  for (const report of changed)
    lines.push(...reportLines(report, coverageOf(changesets, report), failing.includes(report)));
  if (failing.length) lines.push(missingLine(failing.length));
  return { ok: failing.length === 0, failing, lines };
}

const missingLine = (count: number) =>
  `${count === 1 ? "1 package needs" : `${count} packages need`} a changeset: run \`pnpm spec:changeset\` ` +
  "(or `pnpm changeset`), review the file it writes and commit it.";

function reportLines(report: ProviderReport, coverage: Coverage | undefined, failing: boolean): string[] {
  const { bump, reason } = report.requirement!;
  const changed = `${report.packageName}: spec changed since ${report.base.label}`;
  if (!failing) return [`${changed}; needs ${bump}, covered by ${coverage!.by} (${coverage!.bump})`];
  const has = coverage
    ? `the strongest pending release is ${coverage.by} (${coverage.bump})`
    : "no pending changeset names the package";
  return [
    `${changed}; ${has}.`,
    `  needs a ${bump} changeset: ${reason}`,
    ...report.changes.map((c) => `  ${formatChange(c)}`),
  ];
}

/** "No spec changes since HEAD." (or since each package's own base, when they differ). */
function noChangesLine(reports: ProviderReport[]): string {
  const bases = [...new Set(reports.map((r) => r.base.label))];
  return `No spec changes since ${bases.length ? bases.join(", ") : "the base"}.`;
}
