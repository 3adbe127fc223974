/**
 * The traffic-to-spec loop, in a temporary copy of the specs: `spec:verify --write` on each mutated
 * recording gives a spec that validates the same recording with no findings, changes the text only
 * where it must (each change annotated "Seen in traffic"), passes `pnpm lint:specs`' redocly rules,
 * regenerates, and is classified by `spec:diff` as the change it is.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import type { RecordedExchange } from "@clientele/core/record";
import { generate } from "../generate.ts";
import { ROOT, generatedDir, listProviders, specPath } from "../lib/providers.ts";
import { diffSpecs } from "../spec-diff/document.ts";
import { specVerify } from "../spec-verify.ts";
import { loadSpec } from "../spec-verify/spec.ts";
import { type Mutation, mutations, recordWalk } from "./drift-recordings.ts";

/** How spec-diff classifies each change `--write` makes (in a response): what a consumer's code may now meet. */
const EXPECTED_CLASS: Record<string, RegExp> = {
  renamed: /^breaking$/, // the old property becomes optional (readers may miss it); the new one is added
  "a number": /^breaking$/, // a response type widened: readers may meet a number
  missing: /^breaking$/, // made optional
  null: /^breaking$/, // made nullable, as spec-diff's nullability rule says for a response
  "a new property": /^non-breaking$/, // an optional property added to a response
  "an extra page field": /^non-breaking$/,
  "an undocumented status": /^breaking$/, // a success response with a body added: the data type now has its shape too
};

const classOf = (name: string) => Object.entries(EXPECTED_CLASS).find(([k]) => name.endsWith(k))?.[1];

interface Case {
  provider: string;
  mutation: Mutation;
  root: string;
  before: string;
}

const cases: Case[] = [];

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), "spec-verify-write-"));
  for (const provider of listProviders()) {
    const { exchanges } = await recordWalk(provider);
    for (const mutation of mutations(loadSpec(specPath(provider)), provider, exchanges)) {
      if (!mutation.writable) continue;
      const root = join(base, `${provider}-${cases.length}`);
      mkdirSync(root, { recursive: true });
      cpSync(join(ROOT, "specs"), join(root, "specs"), { recursive: true });
      cases.push({ provider, mutation, root, before: readFileSync(specPath(provider), "utf8") });
    }
  }
}, 120_000);

const write = (file: string, exchanges: RecordedExchange[]) =>
  writeFileSync(file, exchanges.map((e) => `${JSON.stringify(e)}\n`).join(""));

describe("spec:verify --write", () => {
  it("makes each mutated recording valid with a minimal, annotated edit that regenerates and spec:diff classifies", async () => {
    expect(cases.length).toBeGreaterThanOrEqual(5 * 7);
    for (const { provider, mutation, root, before } of cases) {
      const label = `${provider}: ${mutation.name}`;
      const recording = join(root, "recording.ndjson");
      write(recording, [mutation.exchanges[mutation.index]!]);
      // --strict only where the mutation is an undocumented property of an open schema, which is otherwise a note
      const strict = specVerify(provider, [recording], { root }).report.groups.length == 0;
      const result = specVerify(provider, [recording], { write: true, strict, root });
      expect(result.report.groups.length, label).toBeGreaterThan(0);
      expect(result.after!.groups, `${label}\n${result.lines.join("\n")}`).toEqual([]);
      expect(result.exitCode, label).toBe(0);

      // minimal: the old text is all still there but for at most three changed lines (a type, an enum, a description), and every addition is annotated
      const after = readFileSync(specPath(provider, root), "utf8");
      const removed = lineDiff(before, after).removed;
      expect(removed.length, `${label}: removed ${removed.join(" | ")}`).toBeLessThanOrEqual(3);
      expect(after, label).toMatch(/[Ss]een in traffic/);
      expect(lineDiff(before, after).added.length, label).toBeLessThanOrEqual(16);

      // spec:diff's classification
      const changes = diffSpecs(parse(before), parse(after)).filter((c) => c.class != "docs");
      expect(changes.length, label).toBeGreaterThan(0);
      if (mutation.name.endsWith("a new enum value")) {
        // an enum value added to a response: non-breaking, with a note on exhaustive switches (a value of
        // another type also widens the type, which is breaking)
        const added = changes.filter((c) => /enum value .* added/.test(c.message));
        expect(
          added.map((c) => c.class),
          label,
        ).toEqual(["non-breaking"]);
      } else {
        const worst = changes.some((c) => c.class == "breaking") ? "breaking" : "non-breaking";
        expect(worst, `${label}: ${JSON.stringify(changes)}`).toMatch(classOf(mutation.name)!);
      }

      // regenerates
      mkdirSync(generatedDir(provider, root), { recursive: true });
      await generate({ root, only: [provider] });
      const types = readFileSync(join(generatedDir(provider, root), "openapi.ts"), "utf8");
      if (/new property|page field/.test(mutation.name))
        expect(types, label).toMatch(/seenOnlyInTraffic\?:|pageFieldNew\?:/);
    }
  }, 300_000);

  it("leaves specs that pass the redocly rules of pnpm lint:specs", () => {
    const files = cases.map((c) => specPath(c.provider, c.root));
    const redocly = join(ROOT, "node_modules", ".bin", "redocly");
    const out = execFileSync(redocly, ["lint", "--config", join(ROOT, "redocly.yaml"), ...files], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: "pipe",
      timeout: 240_000,
    });
    expect(out).not.toMatch(/error/i);
  }, 300_000);
});

/** Lines only in `a` (removed) and only in `b` (added), by a longest common subsequence. */
function lineDiff(a: string, b: string) {
  const x = a.split("\n");
  const y = b.split("\n");
  const lcs = Array.from({ length: x.length + 1 }, () => new Uint32Array(y.length + 1));
  for (let i = x.length - 1; i >= 0; i--)
    for (let j = y.length - 1; j >= 0; j--)
      lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) (i++, j++);
    else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) removed.push(x[i++]!);
    else added.push(y[j++]!);
  }
  return { removed: [...removed, ...x.slice(i)], added: [...added, ...y.slice(j)] };
}
