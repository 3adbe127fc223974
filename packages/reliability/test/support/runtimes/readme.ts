import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";

const README = fileURLToPath(new URL("../../../../../README.md", import.meta.url));
const BEGIN =
  "<!-- runtimes: begin, written by packages/reliability/test/runtimes.test.ts from its last run -->";
const END = "<!-- runtimes: end -->";

/** One row of the README's "Runtimes" table: a runtime, and what its last run proved (or why it failed). */
export interface RuntimeRow {
  readonly runtime: string;
  readonly version: string;
  readonly loads: string;
  /** Users listed by the five clients, each once, through every fault kind. */
  readonly listed: string;
  /** The refused key's typed error, and the serialisations searched for a credential. */
  readonly refused: string;
  /** `verifyWebhookSignature`, and for workerd the Worker's answers to signed POSTs. */
  readonly webhook: string;
}

const HEADER = [
  "runtime",
  "version",
  "loads the packages as",
  "5 clients list every user once, through 9 fault kinds",
  "a refused key",
  "Mercury webhook signatures",
];

/** Replaces the table between the README's markers with `rows` (prettier-formatted, as `pnpm format` would). */
export async function writeRuntimesTable(rows: readonly RuntimeRow[]): Promise<void> {
  const text = readFileSync(README, "utf8");
  const begin = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`README.md has no "${BEGIN}" … "${END}" markers`);
  const escape = (cell: string) => cell.replace(/\|/g, "\\|");
  const cells = (r: RuntimeRow) => [r.runtime, r.version, r.loads, r.listed, r.refused, r.webhook];
  const table = [HEADER, HEADER.map(() => "---"), ...rows.map((r) => cells(r).map(escape))]
    .map((row) => `| ${row.join(" | ")} |`)
    .join("\n");
  const updated = `${text.slice(0, begin)}${BEGIN}\n\n${table}\n\n${text.slice(end)}`;
  const options = { ...(await resolveConfig(README)), filepath: README };
  writeFileSync(README, await format(updated, options));
}
