import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ROOT } from "../lib/providers.ts";
import { publishConfigProblems, repositoryProblems } from "../release/preflight.ts";

const WORKFLOW = `
permissions:
  contents: write
  id-token: write
jobs:
  release:
    steps:
      - run: pnpm release
`;

describe("release preflight", () => {
  let root: string;
  let pkg: { name: string; dir: string };
  const write = (path: string, content: unknown) =>
    writeFileSync(join(root, path), typeof content === "string" ? content : JSON.stringify(content));
  const manifest = (fields: Record<string, unknown> = {}) =>
    write("packages/core/package.json", {
      name: "@clientele/core",
      homepage: "https://github.com/acme/clientele/tree/main/packages/core#readme",
      bugs: { url: "https://github.com/acme/clientele/issues" },
      repository: {
        type: "git",
        url: "git+https://github.com/acme/clientele.git",
        directory: "packages/core",
      },
      publishConfig: { access: "public", provenance: true },
      ...fields,
    });

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "clientele-preflight-"));
    mkdirSync(join(root, "packages", "core"), { recursive: true });
    mkdirSync(join(root, ".github", "workflows"), { recursive: true });
    write("package.json", { repository: { type: "git", url: "git+https://github.com/acme/clientele.git" } });
    write(".github/workflows/release.yml", WORKFLOW);
    manifest();
    pkg = { name: "@clientele/core", dir: join(root, "packages", "core") };
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("passes a release from the repository the packages name", () => {
    expect(repositoryProblems(root, [pkg], "acme/clientele")).toEqual([]);
    expect(publishConfigProblems(root, [pkg])).toEqual([]);
  });

  it("refuses a release from another repository, with what to change", () => {
    expect(repositoryProblems(root, [pkg], "someone/clientele")).toEqual([
      expect.stringMatching(
        /but this workflow runs in someone\/clientele: npm would refuse their provenance/,
      ),
    ]);
  });

  it("refuses a package whose manifest names another repository than the root's", () => {
    manifest({ bugs: { url: "https://github.com/old/clientele/issues" } });
    expect(repositoryProblems(root, [pkg], "acme/clientele")).toEqual([
      expect.stringMatching(
        /^@clientele\/core do not name https:\/\/github\.com\/acme\/clientele .*lint:packages --fix/,
      ),
    ]);
  });

  it("names missing public access and provenance, and a workflow that cannot mint an OIDC token", () => {
    manifest({ publishConfig: {} });
    write(".github/workflows/release.yml", WORKFLOW.replace("  id-token: write\n", ""));
    expect(publishConfigProblems(root, [pkg])).toEqual([
      '@clientele/core: publishConfig.access must be "public"',
      "@clientele/core: publishConfig.provenance must be true",
      '.github/workflows/release.yml: every job needs "permissions: id-token: write" for npm provenance',
    ]);
  });

  it("checks this repository's Release workflow and manifests", () => {
    expect(publishConfigProblems(ROOT, [])).toEqual([]);
  });
});
