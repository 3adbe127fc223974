/**
 * The demo's closing summary, computed from what happened: the rows' counts come from the clients'
 * hooks and the fakes' ledgers, the total row adds the rows up, and the line above the table states
 * the faults the fakes actually injected (never the rate they were configured with).
 */
import { formatTable } from "./table.ts";

/** One provider's listing. `requests` and `faults` are known against a fake only. */
export interface Row {
  provider: string;
  items: number;
  pages: number;
  retries: number;
  ms: number;
  /** From the fake's ledger: how many requests it received, and the faults it injected by kind. */
  seen?: { requests: number; faults: Readonly<Record<string, number>> };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const faultsOf = (row: Row) => sum(Object.values(row.seen?.faults ?? {}));

/** The faults of every row by kind: statuses first, in order, then the others by name. */
export function faultKinds(rows: readonly Row[]): [kind: string, count: number][] {
  const kinds = new Map<string, number>();
  for (const row of rows)
    for (const [kind, n] of Object.entries(row.seen?.faults ?? {}))
      kinds.set(kind, (kinds.get(kind) ?? 0) + n);
  return [...kinds].filter(([, n]) => n > 0).sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }));
}

/** `which faulted 12 of 126 responses (9.5%: 429 ×1, 500 ×4, …)`, or that none was. */
export function faultClause(rows: readonly Row[]): string {
  const requests = sum(rows.map((r) => r.seen?.requests ?? 0)).toLocaleString("en-US");
  const kinds = faultKinds(rows);
  const faults = sum(kinds.map(([, n]) => n));
  if (!faults) return `which faulted none of ${requests} responses`;
  const share = ((100 * faults) / sum(rows.map((r) => r.seen?.requests ?? 0))).toFixed(1);
  const list = kinds.map(([kind, n]) => `${kind} ×${n}`).join(", ");
  return `which faulted ${faults.toLocaleString("en-US")} of ${requests} responses (${share}%: ${list})`;
}

/** The heading and the table, with a total row that is the sum of the rows above it. */
export function formatSummary(rows: readonly Row[], where: "fakes" | string): string {
  const fakes = where === "fakes";
  const header = fakes
    ? ["provider", "items", "pages", "requests", "faults", "retries", "elapsed ms"]
    : ["provider", "items", "pages", "retries", "elapsed ms"];
  const cells = (r: Omit<Row, "seen">, requests: number, faults: number) =>
    fakes
      ? [r.provider, r.items, r.pages, requests, faults, r.retries, r.ms]
      : [r.provider, r.items, r.pages, r.retries, r.ms];
  const total = {
    provider: "total",
    items: sum(rows.map((r) => r.items)),
    pages: sum(rows.map((r) => r.pages)),
    retries: sum(rows.map((r) => r.retries)),
    ms: sum(rows.map((r) => r.ms)),
  };
  const heading = fakes
    ? `Against the built-in fake servers, ${faultClause(rows)}:`
    : `Live, against the ${where} API:`;
  const table = formatTable(header, [
    ...rows.map((r) => cells(r, r.seen?.requests ?? 0, faultsOf(r))),
    cells(total, sum(rows.map((r) => r.seen?.requests ?? 0)), sum(rows.map(faultsOf))),
  ]);
  return `${heading}\n\n${table}`;
}
