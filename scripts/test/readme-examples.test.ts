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
const blocksOf = (markdown: string) => [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

const readmes = readdirSync(join(ROOT, "packages"))
  .filter((pkg) => existsSync(join(ROOT, "packages", pkg, "README.md")))
  .map((pkg) => ({ pkg, blocks: blocksOf(readFileSync(join(ROOT, "packages", pkg, "README.md"), "utf8")) }))
  .filter(({ blocks }) => blocks.length > 0);

describe.each(readmes)("packages/$pkg/README.md", ({ pkg, blocks }) => {
  it("has every ts example in test/readme.test.ts, where it runs", () => {
    const testFile = join(ROOT, "packages", pkg, "test", "readme.test.ts");
    expect(existsSync(testFile), `${pkg}/test/readme.test.ts`).toBe(true);
    const tested = squash(readFileSync(testFile, "utf8"));
    const missing = blocks.filter((b) => !tested.includes(squash(b)));
    expect(missing, "README blocks not found in test/readme.test.ts").toEqual([]);
  });
});
