import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogSpecs, createConsumerProject } from "../consumer-project.ts";
import { pack, publishablePackages } from "../lint-packages.ts";
import { readmeExamples, thirdPartyImports } from "../readme-examples/blocks.ts";
import { environmentFor } from "../readme-examples/environments.ts";
import { compileExamples, runExample, writeExamples } from "../readme-examples/project.ts";

const examples = readmeExamples();

/**
 * Every ```ts block of every README, as a reader would use it: copied as it stands into its own file
 * of a new npm project that installed the packed packages (the test command builds them first),
 * compiled by tsc (strict, nodenext) and run by node with only the environment variables the
 * block reads, each set from a fake of its API started for that block alone. It must exit 0 and
 * print what its comments say it prints (see `documentedOutput`).
 */
describe("README examples, in a project that installed the packed packages", () => {
  const dir = mkdtempSync(join(tmpdir(), "clientele-readme-examples-"));
  const project = join(dir, "project");
  let errors: Map<string, string[]>;

  beforeAll(async () => {
    mkdirSync(join(dir, "tarballs"));
    const tarballs: string[] = [];
    for (const pkg of publishablePackages()) tarballs.push(await pack(pkg.dir, join(dir, "tarballs")));
    const tools = catalogSpecs(["typescript", "@types/node", ...thirdPartyImports(examples)]);
    await createConsumerProject(project, [...tarballs, ...tools]);
    writeExamples(project, examples);
    errors = await compileExamples(project, examples);
  }, 300_000);
  // a consumer project of every package and its tools is large to remove on a busy machine
  afterAll(() => rmSync(dir, { recursive: true, force: true }), 60_000);

  it("finds examples in the root README and in every package's", () => {
    const readmes = new Set(examples.map((e) => e.readme));
    expect(readmes).toContain("README.md");
    for (const pkg of publishablePackages())
      expect(readmes).toContain(`packages/${pkg.dir.split("/").pop()}/README.md`);
  });

  it.each(examples.map((e) => [`${e.readme}:${e.line}`, e] as const))(
    "%s compiles and runs",
    async (_, example) => {
      expect(errors.get(example.id), "tsc errors").toEqual([]);
      const environment = await environmentFor(example.env);
      try {
        const result = await runExample(project, example, environment.env);
        const output = `exit ${result.code}${result.timedOut ? " (timed out: does it close what it opened?)" : ""}\n${result.stdout}\n${result.stderr}`;
        expect({ code: result.code, timedOut: result.timedOut }, output).toEqual({
          code: 0,
          timedOut: false,
        });
        const printed = `${result.stdout}\n${result.stderr}`.split("\n").map((line) => line.trim());
        const unprinted = example.output.filter((line) => !printed.includes(line));
        expect(
          unprinted,
          `lines its comments say it prints, not in:\n${result.stdout}${result.stderr}`,
        ).toEqual([]);
      } finally {
        await environment.close();
      }
    },
  );
});
