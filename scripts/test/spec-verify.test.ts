import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RecordedExchange } from "@clientele/core/record";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, listProviders, specPath } from "../lib/providers.ts";
import { specVerify, verifyExchanges } from "../spec-verify.ts";
import type { Report } from "../spec-verify/report.ts";
import { loadSpec } from "../spec-verify/spec.ts";
import { LISTS, mutations, recordWalk } from "./drift-recordings.ts";

const recordings = new Map<string, RecordedExchange[]>();

beforeAll(async () => {
  for (const provider of listProviders()) recordings.set(provider, (await recordWalk(provider)).exchanges);
}, 120_000);

/** Whether a report shows something at a location: a finding, a note on an open schema, or a documented alternative. */
function shows(report: Report, location: string, message: RegExp) {
  const groups = [...report.groups, ...report.open].filter(
    (g) => g.location == location && message.test(g.message),
  );
  const shapes = [...report.shapes].filter(
    ([key, s]) => key.split("\n")[0] == location && message.test(s.message),
  );
  return { groups, shapes };
}

/** Every GET operation of a spec. */
const getOperations = (provider: string) =>
  Object.entries<Record<string, unknown>>(parse(readFileSync(specPath(provider), "utf8")).paths)
    .filter(([, item]) => item.get)
    .map(([template]) => `GET ${template}`)
    .sort();

describe.each(listProviders())("spec:verify on %s", (provider) => {
  it("finds nothing in the demo's walk of the unmutated fake, over every GET operation and every users page", () => {
    const recording = recordings.get(provider)!;
    const report = verifyExchanges(specPath(provider), recording);
    expect(report.groups).toEqual([]);
    expect([...report.operations].sort()).toEqual(getOperations(provider));
    const pages = recording.filter((e) => e.template == LISTS[provider]!.template);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    // every operation answered (a 429 of the fake's rate limit, retried, is recorded too, and documented)
    for (const op of report.operations)
      expect(
        recording.some((e) => `${e.method} ${e.template}` == op && e.status == 200),
        op,
      ).toBe(true);
  });

  it("detects every mutation, one at a time, at its spec pointer, in the one exchange that shows it", () => {
    const spec = loadSpec(specPath(provider));
    const all = mutations(spec, provider, recordings.get(provider)!);
    expect(all.length).toBeGreaterThanOrEqual(7);
    for (const m of all) {
      const report = verifyExchanges(spec, m.exchanges);
      for (const { location, message } of m.expect) {
        const { groups, shapes } = shows(report, location, message);
        expect(
          groups.length + shapes.length,
          `${m.name}: ${location} ${message}\n${JSON.stringify(report.groups, null, 1)}`,
        ).toBe(1);
        for (const g of groups) expect(g.exchanges.size, m.name).toBe(1);
        for (const [, s] of shapes) expect(s.count, m.name).toBe(1);
      }
      // nothing else: every finding is one the mutation explains
      for (const g of report.groups)
        expect(
          m.expect.map((e) => e.location),
          `${m.name}: unexpected ${g.location} ${g.message}`,
        ).toContain(g.location);
    }
  });
});

describe("the spec:verify command", () => {
  const dir = mkdtempSync(join(tmpdir(), "spec-verify-"));
  const run = (...args: string[]) => {
    try {
      return {
        code: 0,
        out: execFileSync("pnpm", ["-s", "spec:verify", ...args], {
          cwd: ROOT,
          encoding: "utf8",
          stdio: "pipe",
        }),
      };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, out: e.stdout + e.stderr };
    }
  };

  it("exits 0 without findings, 1 with findings (printed by spec pointer with counts), 2 on a usage error", () => {
    const clean = join(dir, "clean.ndjson");
    const drifted = join(dir, "drifted.ndjson");
    const recording = recordings.get("mercury")!;
    writeFileSync(clean, recording.map((e) => JSON.stringify(e)).join("\n"));
    const m = mutations(loadSpec(specPath("mercury")), "mercury", recording).find(
      (x) => x.name == "userId null",
    )!;
    writeFileSync(drifted, m.exchanges.map((e) => JSON.stringify(e)).join("\n"));
    const ok = run("mercury", clean);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/specs\/mercury\/openapi\.yaml: \d+ exchanges of 1 operation, no findings/);
    const found = run("mercury", clean, drifted);
    expect(found.code).toBe(1);
    expect(found.out).toContain("#/components/schemas/BotUser/properties/userId");
    expect(found.out).toMatch(
      /schema: null where string is expected \(not nullable\) — 1 exchange \(GET \/projects\/\{projectId\}\/users\/properties; at \/data\/items\/0\/userId\)/,
    );
    expect(run("--help").out).toMatch(
      /^Usage: pnpm spec:verify \[options\] <provider> <recording\.ndjson…>\n/,
    );
    for (const args of [
      ["nowhere", clean],
      ["mercury"],
      ["mercury", clean, "--wrong"],
      ["mercury", join(dir, "missing.ndjson")],
    ])
      expect(run(...args).code, args.join(" ")).toBe(2);
    writeFileSync(join(dir, "future.ndjson"), JSON.stringify({ ...recording[0], version: 2 }));
    const future = run("mercury", join(dir, "future.ndjson"));
    expect(future.code).toBe(2);
    expect(future.out).toMatch(/recording version 2; this checker reads version 1/);
  });

  it("refuses a provider it does not know before reading anything", () => {
    expect(() => specVerify("acme", ["x.ndjson"])).toThrow(/unknown provider "acme"/);
  });
});
