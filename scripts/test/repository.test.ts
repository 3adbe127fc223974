import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { manifestLinks, parseRepository, publishRefusal, rootRepository } from "../repository.ts";

describe("parseRepository", () => {
  it.each([
    "git+https://github.com/acme/clientele.git",
    "https://github.com/acme/clientele",
    "https://github.com/acme/clientele.git",
  ])("reads %s", (url) => {
    expect(parseRepository(url)).toEqual({
      slug: "acme/clientele",
      url: "git+https://github.com/acme/clientele.git",
      web: "https://github.com/acme/clientele",
    });
  });

  it("refuses a URL that is not a GitHub repository", () => {
    expect(parseRepository("https://gitlab.com/acme/clientele")).toBeUndefined();
  });
});

describe("rootRepository", () => {
  it("says what to write when the root package.json names no repository", () => {
    const root = mkdtempSync(join(tmpdir(), "clientele-repository-"));
    try {
      writeFileSync(join(root, "package.json"), "{}");
      expect(() => rootRepository(root)).toThrow(
        /must name the GitHub repository: "repository": \{ "type": "git"/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("reads this repository's", () => {
    expect(rootRepository().url).toMatch(/^git\+https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/);
  });
});

describe("manifestLinks", () => {
  it("derives a package's repository, homepage and bugs", () => {
    expect(manifestLinks(parseRepository("https://github.com/acme/clientele")!, "packages/core")).toEqual({
      homepage: "https://github.com/acme/clientele/tree/main/packages/core#readme",
      bugs: { url: "https://github.com/acme/clientele/issues" },
      repository: {
        type: "git",
        url: "git+https://github.com/acme/clientele.git",
        directory: "packages/core",
      },
    });
  });
});

describe("publishRefusal", () => {
  const acme = parseRepository("https://github.com/acme/clientele")!;

  it("allows the repository the workflow runs in, whatever its case", () => {
    expect(publishRefusal(acme, "Acme/Clientele")).toBeUndefined();
  });

  it("refuses another repository, saying what to change", () => {
    expect(publishRefusal(acme, "fork/clientele")).toMatch(
      /name the repository acme\/clientele, but this workflow runs in fork\/clientele: npm would refuse their provenance\. Set "repository\.url" in the root package\.json to git\+https:\/\/github\.com\/fork\/clientele\.git/,
    );
  });

  it("refuses the placeholder, even in a repository of that name", () => {
    const placeholder = parseRepository("https://github.com/OWNER_UNSET/clientele")!;
    expect(publishRefusal(placeholder, "OWNER_UNSET/clientele")).toMatch(
      /still names the placeholder repository/,
    );
  });

  it("refuses to publish outside a GitHub workflow", () => {
    expect(publishRefusal(acme, undefined)).toMatch(/GITHUB_REPOSITORY is not set/);
  });
});
