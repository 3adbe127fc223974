/**
 * Checks every spec's `x-` extensions against `specs/extensions.schema.json` (part of `pnpm lint:specs`).
 *   tsx scripts/lint-extensions.ts [provider…]
 * Exit 1 with each problem as `specs/<p>/openapi.yaml#<pointer>: <what is wrong>`.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { parse } from "yaml";
import { defineCommand, readCommandLine } from "./lib/args.ts";
import { checkExtensions, describeProblems } from "./lib/extensions.ts";
import { ROOT, listProviders, specPath } from "./lib/providers.ts";

export const command = defineCommand({
  usage: "tsx scripts/lint-extensions.ts",
  summary:
    "Checks the x- extensions of each spec against specs/extensions.schema.json (part of `pnpm lint:specs`).",
  options: {},
  positionals: {
    name: "provider",
    description: "the specs to check, all by default",
    choices: () => listProviders(),
  },
  examples: ["tsx scripts/lint-extensions.ts sparkwise"],
});

function main(argv: string[]): number {
  const { positionals } = readCommandLine(command, argv);
  let failed = 0;
  for (const provider of positionals.length ? positionals : listProviders()) {
    const file = relative(ROOT, specPath(provider));
    const problems = checkExtensions(parse(readFileSync(specPath(provider), "utf8")));
    if (problems.length) console.error(describeProblems(file, problems));
    failed += problems.length;
  }
  if (!failed) console.log("Every spec's extensions match specs/extensions.schema.json.");
  return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
