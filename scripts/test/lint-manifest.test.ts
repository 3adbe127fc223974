import { describe, expect, it } from "vitest";
import { manifestProblems, type Packed } from "../lint-packages/manifest.ts";
import { parseRepository } from "../repository.ts";

const repository = parseRepository("https://github.com/acme/clientele")!;
const expected = { repository, directory: "packages/core", license: "MIT License\n" };
const bytes = (text: string) => new TextEncoder().encode(text);

/** A packed package with everything npm needs; `manifest` overrides fields (undefined removes one). */
function packed(
  manifest: Record<string, unknown> = {},
  files: Record<string, string | undefined> = {},
): Packed {
  const complete = {
    name: "@clientele/core",
    version: "1.0.0",
    keywords: ["openapi"],
    homepage: "https://github.com/acme/clientele/tree/main/packages/core#readme",
    bugs: { url: "https://github.com/acme/clientele/issues" },
    repository: { type: "git", url: "git+https://github.com/acme/clientele.git", directory: "packages/core" },
    license: "MIT",
    publishConfig: { access: "public", provenance: true },
    dependencies: { "openapi-fetch": "^0.17.0" },
  };
  const all = {
    LICENSE: "MIT License\n",
    "CHANGELOG.md": "# @clientele/core\n",
    "README.md": "# core\n",
    ...files,
  };
  return {
    manifest: JSON.parse(JSON.stringify({ ...complete, ...manifest })),
    files: new Map(
      Object.entries(all).flatMap(([k, v]) => (v === undefined ? [] : [[k, bytes(v)] as const])),
    ),
  };
}

describe("manifestProblems", () => {
  it("passes a complete manifest", () => {
    expect(manifestProblems(packed(), expected)).toEqual([]);
  });

  it.each([
    [
      "repository",
      { repository: undefined },
      /^manifest repository: expected .*"directory":"packages\/core"/,
    ],
    ["repository.directory", { repository: { type: "git", url: repository.url } }, /^manifest repository: /],
    ["homepage", { homepage: undefined }, /^manifest homepage: expected .*tree\/main\/packages\/core#readme/],
    ["bugs", { bugs: undefined }, /^manifest bugs: expected .*acme\/clientele\/issues/],
    ["keywords", { keywords: [] }, /^manifest keywords: /],
    ["license", { license: undefined }, /^manifest license: expected "MIT"/],
    ["publishConfig.access", { publishConfig: { provenance: true } }, /^manifest publishConfig\.access: /],
    ["scripts", { scripts: { build: "tsup" } }, /^manifest scripts: must not be published/],
    [
      "devDependencies",
      { devDependencies: { tsup: "8.5.0" } },
      /^manifest devDependencies: must not be published/,
    ],
    [
      "an exact dependency",
      { dependencies: { "openapi-fetch": "0.17.0" } },
      /"0\.17\.0" pins one version.*"\^0\.17\.0"/,
    ],
  ])("names %s when it is missing or wrong", (_, manifest, message) => {
    expect(manifestProblems(packed(manifest), expected)).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ["LICENSE", { LICENSE: undefined }, /^LICENSE: /],
    ["a LICENSE that is not the root's", { LICENSE: "Apache" }, /^LICENSE: /],
    ["CHANGELOG.md", { "CHANGELOG.md": undefined }, /^CHANGELOG\.md: .*"# @clientele\/core"/],
    ["README.md", { "README.md": undefined }, /^README\.md: /],
  ])("names %s missing from the tarball", (_, files, message) => {
    expect(manifestProblems(packed({}, files), expected)).toEqual([expect.stringMatching(message)]);
  });
});
