import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../generate/providers.ts";

/**
 * Every ```ts block of a package README must stand in that package's `test/readme.test.ts`, where it
 * is type-checked and run. Layout and trailing commas may differ (the README's blocks are
 * formatted at another indentation), so both sides are compared without white space.
 */
const squash = (code: string) => code.replace(/\s+/g, "").replace(/,([)\]}])/g, "$1");
/** A block's import lines (hoisted, so they may stand anywhere in the test file) and the rest, in one piece. */
const partsOf = (block: string) => {
  const lines = block.split("\n");
  const imports = lines.filter((l) => /^import\s/.test(l));
  return [...imports, lines.filter((l) => !/^import\s/.test(l)).join("\n")].filter((p) => p.trim());
};
/**
 * Test files beside `test/readme.test.ts` that hold a package's README blocks: the consumer example of
 * @clientele/testing needs a provider client, and only a package that depends on both avoids a cycle.
 */
const EXTRA: Record<string, string[]> = {
  testing: [
    "packages/reliability/test/testing-readme.test.ts",
    "packages/reliability/test/testing-readme-msw.test.ts",
  ],
};
const blocksOf = (markdown: string) => [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

const readmes = readdirSync(join(ROOT, "packages"))
  .filter((pkg) => existsSync(join(ROOT, "packages", pkg, "README.md")))
  .map((pkg) => ({ pkg, blocks: blocksOf(readFileSync(join(ROOT, "packages", pkg, "README.md"), "utf8")) }))
  .filter(({ blocks }) => blocks.length > 0);

describe.each(readmes)("packages/$pkg/README.md", ({ pkg, blocks }) => {
  it("has every ts example in test/readme.test.ts, where it runs", () => {
    const files = [join("packages", pkg, "test", "readme.test.ts"), ...(EXTRA[pkg] ?? [])].map((f) =>
      join(ROOT, f),
    );
    for (const f of files) expect(existsSync(f), f).toBe(true);
    const tested = squash(files.map((f) => readFileSync(f, "utf8")).join("\n"));
    const missing = blocks.filter((b) => partsOf(b).some((part) => !tested.includes(squash(part))));
    expect(missing, "README blocks not found in test/readme.test.ts").toEqual([]);
  });
});

describe("README.md (root)", () => {
  it("has its quickstart in packages/isnotai/test/root-readme.example.ts, where it is type-checked", () => {
    const blocks = blocksOf(readFileSync(join(ROOT, "README.md"), "utf8"));
    const example = squash(readFileSync(join(ROOT, "packages/isnotai/test/root-readme.example.ts"), "utf8"));
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.filter((b) => partsOf(b).some((part) => !example.includes(squash(part))))).toEqual([]);
  });
});
