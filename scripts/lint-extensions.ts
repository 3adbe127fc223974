/**
 * Checks every spec's `x-` extensions against `specs/extensions.schema.json` (part of `pnpm lint:specs`).
 *   tsx scripts/lint-extensions.ts [provider…]
 * Exit 1 with each problem as `specs/<p>/openapi.yaml#<pointer>: <what is wrong>`.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { checkExtensions, describeProblems } from "./lib/extensions.ts";
import { ROOT, listProviders, specPath } from "./lib/providers.ts";

const USAGE = `Usage: pnpm lint:specs (or tsx scripts/lint-extensions.ts [provider…])
Checks the x- extensions of each spec against specs/extensions.schema.json.
  --help   this text`;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { help: { type: "boolean" } }, allowPositionals: true });
  } catch (error) {
    console.error(`${(error as Error).message}. See --help.`);
    return 2;
  }
  if (parsed.values.help) return (console.log(USAGE), 0);
  const known = listProviders();
  const unknown = parsed.positionals.filter((p) => !known.includes(p));
  if (unknown.length)
    return (console.error(`Unknown provider ${unknown.join(", ")}; known: ${known.join(", ")}`), 2);
  let failed = 0;
  for (const provider of parsed.positionals.length ? parsed.positionals : known) {
    const file = relative(ROOT, specPath(provider));
    const problems = checkExtensions(parse(readFileSync(specPath(provider), "utf8")));
    if (problems.length) console.error(describeProblems(file, problems));
    failed += problems.length;
  }
  if (!failed) console.log("Every spec's extensions match specs/extensions.schema.json.");
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
