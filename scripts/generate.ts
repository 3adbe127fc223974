/**
 * Regenerates `packages/<provider>/src/generated/` from `specs/<provider>/openapi.yaml`.
 *   pnpm generate [provider…]   write the files
 *   pnpm generate:check         exit 1, naming every stale file, when the committed output differs
 * Reads local files only; output is deterministic.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { BANNER, emitMetadata, emitTypes } from "./generate/emit.ts";
import { renderExtensionsReadme } from "./generate/extensions-readme.ts";
import { defineCommand, readCommandLine } from "./lib/args.ts";
import { buildMetadata } from "./generate/metadata.ts";
import { checkChoices } from "./lib/choices.ts";
import { checkExtensions, describeProblems } from "./lib/extensions.ts";
import { ROOT, generatedDir, listProviders, specPath } from "./lib/providers.ts";
import { checkSecurity } from "./lib/security.ts";
import { emitClient } from "./generate/client.ts";
import { emitErrors, emitExports } from "./generate/shell.ts";
import { emitValidators } from "./generate/validators.ts";

/** The files one provider's spec generates, by absolute path. */
export async function renderProvider(provider: string, root = ROOT): Promise<Map<string, string>> {
  const file = specPath(provider, root);
  const doc = parse(readFileSync(file, "utf8"));
  const shown = relative(root, file);
  const problems = checkExtensions(doc);
  if (problems.length)
    throw new Error(`${shown} breaks specs/extensions.schema.json:\n${describeProblems(shown, problems)}`);
  const unknown = checkChoices(doc);
  if (unknown.length)
    throw new Error(
      `${shown} has x-client-choices naming what the spec does not have:\n${describeProblems(shown, unknown)}`,
    );
  const unsendable = checkSecurity(doc);
  if (unsendable.length)
    throw new Error(
      `${shown} names a security scheme core cannot send:\n${describeProblems(shown, unsendable)}`,
    );
  const dir = generatedDir(provider, root);
  const typesFile = join(dir, "openapi.ts");
  const metaFile = join(dir, "metadata.ts");
  const banner = BANNER.replace("{provider}", provider);
  return new Map([
    [typesFile, await emitTypes(provider, doc)],
    [metaFile, emitMetadata(provider, buildMetadata(provider, doc))],
    [join(dir, "validators.ts"), emitValidators(provider, doc, banner)],
    [join(dir, "errors.ts"), emitErrors(banner, doc)],
    [join(dir, "exports.ts"), emitExports(banner)],
    [join(dir, "client.ts"), emitClient(banner, provider, doc)],
  ]);
}

/** Writes (or, with `check`, compares) every provider's generated files; returns the stale ones. */
export async function generate(options: { check?: boolean; root?: string; only?: string[] } = {}) {
  const root = options.root ?? ROOT;
  const stale: string[] = [];
  const update = (files: Map<string, string>, extra: string[] = []) => {
    for (const file of extra) if (!files.has(file)) stale.push(file);
    for (const [file, content] of files)
      if ((existsSync(file) ? readFileSync(file, "utf8") : undefined) !== content) stale.push(file);
    if (options.check) return;
    for (const file of extra) if (!files.has(file)) rmSync(file);
    for (const [file, content] of files) writeFileSync(file, content);
  };
  const readme = join(root, "specs", "README.md");
  update(new Map([[readme, await renderExtensionsReadme(readFileSync(readme, "utf8"))]]));
  for (const provider of options.only?.length ? options.only : listProviders(root)) {
    const files = await renderProvider(provider, root);
    const dir = generatedDir(provider, root);
    if (!options.check) mkdirSync(dir, { recursive: true });
    update(files, existsSync(dir) ? readdirSync(dir).map((f) => join(dir, f)) : []);
  }
  return stale.map((f) => relative(root, f));
}

export const command = defineCommand({
  usage: "pnpm generate",
  summary:
    "Regenerates packages/<provider>/src/generated/ from specs/<provider>/openapi.yaml (every provider unless named).",
  options: {
    check: {
      type: "boolean",
      description: "write nothing; exit 1 naming every stale file (what `pnpm generate:check` runs)",
    },
  },
  positionals: {
    name: "provider",
    description: "the providers to regenerate, all by default",
    choices: () => listProviders(),
  },
  examples: [
    "pnpm generate sparkwise      # regenerate one provider",
    "pnpm generate --check        # is the committed output current?",
  ],
});

async function main(argv: string[]) {
  const { values, positionals: only } = readCommandLine(command, argv);
  const check = values.check ?? false;
  const started = performance.now();
  const stale = await generate({ check, only });
  const ms = Math.round(performance.now() - started);
  if (check && stale.length) {
    console.error(`Generated code is stale (${stale.length} file(s)):`);
    for (const f of stale) console.error(`  ${f}`);
    console.error("Run `pnpm generate` and commit the result.");
    process.exit(1);
  }
  console.log(
    check
      ? `Generated code is up to date (${ms} ms).`
      : `Generated ${stale.length} changed file(s) in ${ms} ms.`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
