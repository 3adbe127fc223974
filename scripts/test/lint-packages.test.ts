import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lintPackage } from "../lint-packages.ts";

/** A built package with Clientele's packaging shape (ESM + CJS, a types file for each), written by hand. */
function writePackage(dir: string, manifest: Record<string, unknown> = {}) {
  const files: Record<string, string> = {
    "dist/index.js": "export const answer = 42;\n",
    "dist/index.cjs": "exports.answer = 42;\n",
    "dist/index.d.ts": "export declare const answer = 42;\n",
    "dist/index.d.cts": "export declare const answer = 42;\n",
  };
  const shape = {
    name: "@clientele/fixture",
    version: "1.0.0",
    license: "MIT",
    type: "module",
    sideEffects: false,
    engines: { node: ">=20" },
    main: "./dist/index.cjs",
    module: "./dist/index.js",
    types: "./dist/index.d.cts",
    exports: {
      ".": {
        import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
        require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
      },
      "./package.json": "./package.json",
    },
    files: ["dist"],
  };
  mkdirSync(join(dir, "dist"), { recursive: true });
  for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ ...shape, ...manifest }, null, 2));
}

describe("lintPackage", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "clientele-lint-test-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("passes a package with the shared packaging shape", async () => {
    writePackage(join(dir, "pkg"));
    const result = await lintPackage({ name: "@clientele/fixture", dir: join(dir, "pkg") }, dir);
    expect(result).toEqual({ name: "@clientele/fixture", problems: [], suggestions: [] });
  });

  it("names each publint and attw problem", async () => {
    writePackage(join(dir, "pkg"), {
      exports: {
        ".": { types: "./dist/index.d.ts", import: "./dist/index.js", require: "./dist/missing.cjs" },
      },
    });
    const result = await lintPackage({ name: "@clientele/fixture", dir: join(dir, "pkg") }, dir);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^publint error FILE_DOES_NOT_EXIST: .*missing\.cjs/),
        expect.stringMatching(/^attw \w+ /),
      ]),
    );
  });

  it("skips a package that has not been built", async () => {
    mkdirSync(join(dir, "pkg"));
    const result = await lintPackage({ name: "@clientele/fixture", dir: join(dir, "pkg") }, dir);
    expect(result.skipped).toMatch(/not built/);
  });
});
