/** Findings of many exchanges, grouped by where the spec says it (file + JSON pointer), with counts. */
import type { RecordedExchange } from "@clientele/core/record";
import type { Finding, FindingKind, Fix } from "./finding.ts";

export interface Group {
  readonly kind: FindingKind;
  readonly location: string;
  readonly message: string;
  /** Indexes of the exchanges that showed it. */
  readonly exchanges: Set<number>;
  /** Operations (`GET /users`) that showed it. */
  readonly operations: Set<string>;
  /** One example of where in an exchange. */
  where?: string;
  readonly fixes: Fix[];
}

export interface Report {
  readonly file: string;
  readonly exchanges: number;
  readonly operations: Set<string>;
  readonly groups: Group[];
  readonly shapes: Map<string, { message: string; count: number }>;
  /** Undocumented properties of open schemas (`additionalProperties: true`), when not `strict`. */
  readonly open: Group[];
  /** Whether open schemas' undocumented properties are findings. */
  readonly strict: boolean;
}

export function createReport(file: string, strict = false): Report {
  return { file, exchanges: 0, operations: new Set(), groups: [], shapes: new Map(), open: [], strict };
}

export function addResult(
  report: Report,
  index: number,
  exchange: RecordedExchange,
  result: { findings: Finding[]; shapes: { location: string; message: string }[] },
): void {
  const operation = `${exchange.method} ${exchange.template}`;
  (report as { exchanges: number }).exchanges++;
  report.operations.add(operation);
  for (const f of result.findings) {
    const groups = f.open && !report.strict ? report.open : report.groups;
    let group = groups.find((g) => g.location == f.location && g.kind == f.kind && g.message == f.message);
    if (!group) {
      group = { ...f, exchanges: new Set(), operations: new Set(), fixes: [] };
      groups.push(group);
    }
    group.exchanges.add(index);
    group.operations.add(operation);
    group.where ??= f.where;
    if (f.fix) group.fixes.push(f.fix);
  }
  const seen = new Set<string>();
  for (const s of result.shapes) {
    const key = `${s.location}\n${s.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const entry = report.shapes.get(key) ?? { message: s.message, count: 0 };
    entry.count++;
    report.shapes.set(key, entry);
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n == 1 ? "" : "s"}`;

/** The printed report: findings by spec location, then the documented alternatives traffic took. */
export function formatReport(report: Report): string[] {
  const lines: string[] = [];
  const byLocation = new Map<string, Group[]>();
  for (const g of [...report.groups].sort((a, b) => a.location.localeCompare(b.location)))
    byLocation.set(g.location, [...(byLocation.get(g.location) ?? []), g]);
  lines.push(
    `${report.file}: ${plural(report.exchanges, "exchange")} of ${plural(report.operations.size, "operation")}, ` +
      (report.groups.length
        ? `${plural(report.groups.length, "finding")} at ${plural(byLocation.size, "location")}`
        : "no findings"),
  );
  for (const [location, groups] of byLocation) {
    lines.push(`  #${location}`);
    for (const g of groups)
      lines.push(
        `    ${g.kind}: ${g.message} — ${plural(g.exchanges.size, "exchange")} (${[...g.operations].join(", ")}${g.where ? `; at ${g.where}` : ""})`,
      );
  }
  if (report.open.length) {
    lines.push(
      "  undocumented properties of open schemas (additionalProperties: true; findings with --strict):",
    );
    for (const g of [...report.open].sort((a, b) => a.location.localeCompare(b.location)))
      lines.push(
        `    #${g.location}: ${g.message.replace("undocumented property ", "")} — ${plural(g.exchanges.size, "exchange")}`,
      );
  }
  if (report.shapes.size) {
    lines.push("  documented alternatives seen (not findings):");
    for (const [key, { message, count }] of [...report.shapes].sort())
      lines.push(`    #${key.split("\n")[0]}: ${message} — ${plural(count, "exchange")}`);
  }
  return lines;
}
