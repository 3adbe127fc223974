import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixPackages, lintPackage } from "../lint-packages.ts";

const REPOSITORY = "https://github.com/acme/clientele";

/** A repository root: the package.json that names the repository, and the LICENSE. */
function writeRoot(root: string, url = `git+${REPOSITORY}.git`) {
  writeFileSync(
    join(root, "package.json"),
    JSON.stringify({ private: true, repository: { type: "git", url } }),
  );
  writeFileSync(join(root, "LICENSE"), "MIT License\n\nfixture\n");
}

/**
 * A built package with Clientele's packaging shape (ESM + CJS, a types file for each) and everything
 * npm needs, written by hand at `packages/fixture` of `root`; `manifest` overrides fields (undefined
 * removes one), `files` adds or (with undefined) removes files.
 */
function writePackage(
  root: string,
  manifest: Record<string, unknown> = {},
  extra: Record<string, string | undefined> = {},
): string {
  const dir = join(root, "packages", "fixture");
  const files: Record<string, string | undefined> = {
    "dist/index.js": "export const answer = 42;\n",
    "dist/index.cjs": "exports.answer = 42;\n",
    "dist/index.d.ts": "export declare const answer = 42;\n",
    "dist/index.d.cts": "export declare const answer = 42;\n",
    "README.md": `# @clientele/fixture\n\nSee [the spec](${REPOSITORY}/blob/main/LICENSE) and [the licence](LICENSE).\n`,
    "CHANGELOG.md": "# @clientele/fixture\n",
    LICENSE: "MIT License\n\nfixture\n",
    ...extra,
  };
  const shape = {
    name: "@clientele/fixture",
    version: "1.0.0",
    keywords: ["fixture"],
    homepage: `${REPOSITORY}/tree/main/packages/fixture#readme`,
    bugs: { url: `${REPOSITORY}/issues` },
    repository: { type: "git", url: `git+${REPOSITORY}.git`, directory: "packages/fixture" },
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
    files: ["dist", "README.md", "CHANGELOG.md", "LICENSE"],
    publishConfig: { access: "public" },
  };
  mkdirSync(join(dir, "dist"), { recursive: true });
  for (const [path, content] of Object.entries(files))
    if (content !== undefined) writeFileSync(join(dir, path), content);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ ...shape, ...manifest }, null, 2));
  return dir;
}

describe("lintPackage", () => {
  let root: string;
  let tmp: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "clientele-lint-test-"));
    tmp = mkdtempSync(join(tmpdir(), "clientele-lint-packs-"));
    writeRoot(root);
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(tmp, { recursive: true, force: true });
  });
  const lint = (dir: string) => lintPackage({ name: "@clientele/fixture", dir }, tmp, root);

  it("passes a package with the shared packaging shape and everything npm needs", async () => {
    const result = await lint(writePackage(root));
    expect(result).toEqual({ name: "@clientele/fixture", problems: [], suggestions: [] });
  });

  it("fails a manifest with a field removed, naming the field", async () => {
    const result = await lint(writePackage(root, { repository: undefined }));
    expect(result.problems).toEqual([
      expect.stringMatching(/^manifest repository: expected .*packages\/fixture/),
    ]);
  });

  it("fails a package whose tarball misses its changelog or licence, or whose README links out of it", async () => {
    const dir = writePackage(
      root,
      {},
      { LICENSE: undefined, "CHANGELOG.md": undefined, "README.md": "[spec](../../specs/x.yaml)\n" },
    );
    const result = await lint(dir);
    expect(result.problems).toEqual([
      expect.stringMatching(/^LICENSE: /),
      expect.stringMatching(/^CHANGELOG\.md: /),
      expect.stringMatching(/^README\.md link \.\.\/\.\.\/specs\/x\.yaml: not in the tarball/),
    ]);
  });

  it("names each publint and attw problem", async () => {
    const dir = writePackage(root, {
      exports: {
        ".": { types: "./dist/index.d.ts", import: "./dist/index.js", require: "./dist/missing.cjs" },
      },
    });
    const result = await lint(dir);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^publint error FILE_DOES_NOT_EXIST: .*missing\.cjs/),
        expect.stringMatching(/^attw \w+ /),
      ]),
    );
  });

  it("skips a package that has not been built", async () => {
    mkdirSync(join(root, "packages", "bare"), { recursive: true });
    const result = await lint(join(root, "packages", "bare"));
    expect(result.skipped).toMatch(/not built/);
  });
});

describe("fixPackages", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "clientele-lint-fix-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("derives every manifest's links and README links from the root package.json's repository", () => {
    writeRoot(root, "git+https://github.com/new-owner/clientele.git");
    const dir = writePackage(root);
    expect(fixPackages(root)).toEqual(["packages/fixture/package.json", "packages/fixture/README.md"]);
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    expect(manifest).toMatchObject({
      homepage: "https://github.com/new-owner/clientele/tree/main/packages/fixture#readme",
      bugs: { url: "https://github.com/new-owner/clientele/issues" },
      repository: { url: "git+https://github.com/new-owner/clientele.git", directory: "packages/fixture" },
    });
    expect(readFileSync(join(dir, "README.md"), "utf8")).toContain(
      "(https://github.com/new-owner/clientele/blob/main/LICENSE)",
    );
    expect(fixPackages(root)).toEqual([]);
  });
});
