import { describe, expect, it } from "vitest";
import { ROOT } from "../lib/providers.ts";
import { fixReadmeLinks, linkTargets, readmeLinkProblems } from "../lint-packages/readme-links.ts";
import { parseRepository } from "../repository.ts";

const repository = parseRepository("git+https://github.com/acme/clientele.git")!;
const context = {
  repository,
  directory: "packages/core",
  root: ROOT,
  shipped: new Set(["README.md", "LICENSE", "dist/index.js"]),
};

describe("linkTargets", () => {
  it("finds inline links, images and reference definitions, not code", () => {
    const markdown = [
      'See [a](https://a.test/x) and ![b](./b.png "title"), [c](#c).',
      "```ts",
      'const md = "[not](a-link)";',
      "```",
      "[d]: ../../specs/README.md",
    ].join("\n");
    expect(linkTargets(markdown)).toEqual(["https://a.test/x", "./b.png", "#c", "../../specs/README.md"]);
  });
});

describe("readmeLinkProblems", () => {
  it("accepts anchors, shipped files, other sites and files of the repository", () => {
    const markdown =
      "[a](#options) [b](LICENSE) [c](./dist/index.js) [d](dist) [e](https://openapi-ts.dev/) " +
      "[f](https://github.com/acme/clientele/blob/main/specs/README.md) [g](https://github.com/other/project/blob/main/x.md)";
    expect(readmeLinkProblems(markdown, context)).toEqual([]);
  });

  it("names a relative link out of the tarball, with the link to use instead", () => {
    expect(readmeLinkProblems("[spec](../../specs/README.md)", context)).toEqual([
      "README.md link ../../specs/README.md: not in the tarball, so dead on npm; link to " +
        "https://github.com/acme/clientele/blob/main/specs/README.md or to a file the package ships",
    ]);
  });

  it("names a link into another owner's copy of the repository, and a file the repository lacks", () => {
    const markdown =
      "[a](https://github.com/OWNER_UNSET/clientele/blob/main/specs/README.md) " +
      "[b](https://github.com/acme/clientele/blob/main/specs/nothing-here.md)";
    expect(readmeLinkProblems(markdown, context)).toEqual([
      expect.stringMatching(
        /OWNER_UNSET\/clientele\/blob\/main\/specs\/README\.md: points at OWNER_UNSET\/clientele, not acme\/clientele/,
      ),
      expect.stringMatching(/nothing-here\.md: no such file in the repository$/),
    ]);
  });
});

describe("fixReadmeLinks", () => {
  it("points links into another copy of the repository at the root package.json's, and leaves others", () => {
    const markdown =
      "[a](https://github.com/OWNER_UNSET/clientele/tree/main/specs/README.md#x) " +
      "[b](https://github.com/other/project/blob/main/specs/README.md)";
    expect(fixReadmeLinks(markdown, repository, ROOT)).toBe(
      "[a](https://github.com/acme/clientele/tree/main/specs/README.md#x) " +
        "[b](https://github.com/other/project/blob/main/specs/README.md)",
    );
  });
});
