/** Markdown tables and number formats for the report. */

export function table(header: string[], rows: string[][]): string {
  const numeric = (cell = "") => /^[+-]?\d/.test(cell);
  const align = header.map((_, i) => (rows.every((r) => numeric(r[i])) ? "---:" : "---"));
  return [header, align, ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}

export const fixed = (n: number, digits = 1) => n.toFixed(digits);
export const times = (n: number) => `${n.toFixed(2)}×`;
export const ms = (n: number) => `${Math.round(n)} ms`;
export const seconds = (n: number) => (Number.isNaN(n) ? "skipped" : `${n.toFixed(2)} s`);
export const mb = (n: number) => `${n >= 0 ? "+" : ""}${n.toFixed(1)} MB`;
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
export const count = (n: number) => Math.round(n).toLocaleString("en-US");
export const verdict = (met: boolean) => (met ? "met" : "**missed**");
