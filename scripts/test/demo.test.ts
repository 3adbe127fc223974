import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatSummary, type Row } from "../demo/summary.ts";
import { ROOT } from "../lib/providers.ts";

/** The table of a summary: its header, then each line's cells (numbers without separators). */
function parseTable(text: string) {
  const lines = text.split("\n");
  const start = lines.findIndex((line) => line.startsWith("provider "));
  const end = lines.findIndex((line, i) => i > start && line.trim() === "");
  const cells = (line: string) => line.trim().split(/\s{2,}/);
  const header = cells(lines[start]!);
  const rows = lines.slice(start + 2, end === -1 ? undefined : end).map((line) => {
    const [provider, ...numbers] = cells(line);
    return { provider: provider!, numbers: numbers.map((n) => Number(n.replaceAll(",", ""))) };
  });
  return {
    header,
    rows: rows.filter((r) => r.provider !== "total"),
    total: rows.find((r) => r.provider === "total")!,
  };
}

/** Checks that the total row is the sum of the rows, and that the heading states those totals. */
function expectConsistent(text: string) {
  const { header, rows, total } = parseTable(text);
  expect(total, text).toBeDefined();
  header.slice(1).forEach((column, i) => {
    const sum = rows.reduce((n, r) => n + r.numbers[i]!, 0);
    expect(total.numbers[i], `${column}: the total is the sum of the rows\n${text}`).toBe(sum);
  });
  const requests = total.numbers[header.indexOf("requests") - 1]!;
  const faults = total.numbers[header.indexOf("faults") - 1]!;
  const heading = text.split("\n").find((line) => line.startsWith("Against the built-in fake servers"))!;
  if (faults === 0) {
    expect(heading).toBe(
      `Against the built-in fake servers, which faulted none of ${requests.toLocaleString("en-US")} responses:`,
    );
    return;
  }
  const stated = /which faulted ([\d,]+) of ([\d,]+) responses \((\d+\.\d)%: (.+)\):$/.exec(heading);
  expect(stated, heading).not.toBeNull();
  const [, f, r, share, kinds] = stated!;
  expect(Number(f!.replaceAll(",", ""))).toBe(faults);
  expect(Number(r!.replaceAll(",", ""))).toBe(requests);
  expect(share).toBe(((100 * faults) / requests).toFixed(1));
  const byKind = kinds!.split(", ").map((k) => Number(/ ×(\d+)$/.exec(k)![1]));
  expect(byKind.reduce((a, b) => a + b, 0)).toBe(faults);
}

const KINDS = ["429", "500", "502", "503", "504", "reset", "truncated", "html-200"];

const row = fc
  .record({
    provider: fc.constantFrom("isnotai", "sparkwise", "metacom", "mercury", "thought-industries"),
    items: fc.nat(50_000),
    pages: fc.nat(2_000),
    retries: fc.nat(200),
    ms: fc.nat(100_000),
    requests: fc.nat(3_000),
    faults: fc.dictionary(fc.constantFrom(...KINDS), fc.nat(40), { maxKeys: 4 }),
  })
  .map(({ requests, faults, ...rest }): Row => {
    const injected = Object.values(faults).reduce((a, b) => a + b, 0);
    return { ...rest, seen: { requests: requests + injected, faults } };
  });

describe("the demo's summary", () => {
  it("adds the rows up in the total row, and states in its heading the faults the rows show", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        expectConsistent(formatSummary(rows, "fakes"));
      }),
    );
  });

  it("says that nothing was faulted when nothing was, and claims no fault column for a live run", () => {
    const quiet: Row = {
      provider: "sparkwise",
      items: 10,
      pages: 1,
      retries: 0,
      ms: 5,
      seen: { requests: 1, faults: {} },
    };
    expect(formatSummary([quiet], "fakes")).toMatch(
      /^Against the built-in fake servers, which faulted none of 1 responses:/,
    );
    const live = formatSummary([{ ...quiet, seen: undefined }], "sparkwise");
    expect(live.split("\n")[0]).toBe("Live, against the sparkwise API:");
    expect(live).not.toMatch(/fault/);
  });
});

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function demo(args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    const argv = ["--import", "tsx", "scripts/demo.ts", ...args];
    execFile(process.execPath, argv, { cwd: ROOT, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });
}

describe("pnpm demo, against the fakes (the packages built: pnpm test builds them first)", () => {
  it("prints per-provider numbers that add up to its totals, and the faults the fakes injected", async () => {
    expect(existsSync(join(ROOT, "packages", "sparkwise", "dist")), "run `pnpm build` first").toBe(true);
    const { code, stdout, stderr } = await demo(["--no-build"]);
    expect(code, stderr).toBe(0);
    expectConsistent(stdout);
    const { rows } = parseTable(stdout);
    expect(rows.map((r) => r.provider).sort()).toEqual([
      "isnotai",
      "mercury",
      "metacom",
      "sparkwise",
      "thought-industries",
    ]);
    expect(rows.map((r) => r.numbers[0])).toEqual([800, 1_000, 1_200, 600, 700]);
    expect(stderr).toMatch(
      /sparkwise upsert: 450 users → 440 succeeded, 10 failed \(\d+ requests, \d+ faulted\)/,
    );
    expect(stdout).not.toMatch(/10% of responses/);
  }, 150_000);

  it("refuses --write without --live sparkwise", async () => {
    expect(await demo(["--write"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "pnpm demo: --write needs --live sparkwise; see pnpm demo --help\n",
    });
  }, 60_000);
});
