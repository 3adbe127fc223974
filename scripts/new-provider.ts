/**
 * Scaffolds a provider: a minimal spec, its package and an initial changeset.
 *   pnpm new-provider <name>     name in kebab-case, e.g. `acme` or `acme-crm`
 * Writes `specs/<name>/`, `packages/<name>/` and `.changeset/<name>-initial.md`, then runs
 * `pnpm install` and `pnpm generate <name>` and prints the next steps.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { defineCommand, readCommandLine } from "./lib/args.ts";
import { ROOT } from "./lib/providers.ts";
import { manifestLinks, rootRepository } from "./repository.ts";

const TEMPLATES = join(dirname(new URL(import.meta.url).pathname), "new-provider", "templates");
const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The spellings of a provider name the templates use. */
export interface ProviderNames {
  /** `acme-crm` */
  name: string;
  /** `AcmeCrm`, as in `createAcmeCrmClient` */
  pascal: string;
  /** `Acme Crm`, for prose */
  title: string;
  /** `ACME_CRM`, as in `ACME_CRM_API_KEY` */
  constant: string;
}

export function providerNames(name: string): ProviderNames {
  const parts = name.split("-");
  const capitalised = parts.map((part) => part.charAt(0).toUpperCase() + part.slice(1));
  return {
    name,
    pascal: capitalised.join(""),
    title: capitalised.join(" "),
    constant: name.toUpperCase().replace(/-/g, "_"),
  };
}

/** Why `name` cannot be scaffolded in `root`, or undefined when it can. */
export function invalidName(name: string, root = ROOT): string | undefined {
  if (!name) return "Give the provider's name: pnpm new-provider <name>";
  if (!KEBAB_CASE.test(name)) {
    return `"${name}" is not kebab-case: use lowercase letters and digits in words joined by "-", starting with a letter (e.g. acme-crm).`;
  }
  const taken = [join("specs", name), join("packages", name)].filter((path) => existsSync(join(root, path)));
  if (taken.length) return `"${name}" already exists (${taken.join(", ")}); pick another name.`;
  return undefined;
}

function render(template: string, names: ProviderNames, root = ROOT): string {
  return readFileSync(join(TEMPLATES, template), "utf8")
    .replaceAll("__REPOSITORY__", rootRepository(root).web)
    .replaceAll("__NAME__", names.name)
    .replaceAll("__PASCAL__", names.pascal)
    .replaceAll("__TITLE__", names.title)
    .replaceAll("__CONSTANT__", names.constant);
}

/** Every template file below `dir` (relative to the templates folder), without the `.tmpl` suffix. */
function templatesUnder(dir: string): string[] {
  return readdirSync(join(TEMPLATES, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(TEMPLATES, join(entry.parentPath, entry.name)).replace(/\.tmpl$/, ""))
    .sort();
}

/** The package manifest: core's packaging shape, in core's field order, with this provider's identity. */
export function packageManifest(names: ProviderNames, root = ROOT): Record<string, unknown> {
  const core: Record<string, unknown> = JSON.parse(
    readFileSync(join(root, "packages", "core", "package.json"), "utf8"),
  );
  const own: Record<string, unknown> = {
    name: `@clientele/${names.name}`,
    version: "0.0.0",
    description: `Typed client for the ${names.title} API, generated from its OpenAPI spec.`,
    keywords: [names.name, "api-client", "openapi", "typescript"],
    ...manifestLinks(rootRepository(root), `packages/${names.name}`),
    dependencies: { "@clientele/core": "workspace:^" },
  };
  // turbo runs `generate` (inputs: the spec) before `build`: see the package's turbo.json
  own.scripts = { generate: `tsx ../../scripts/generate.ts ${names.name}`, ...(core.scripts as object) };
  // Spreading keeps core's field order for the fields both have.
  return { ...core, ...own };
}

/** Every file the scaffold writes, by path relative to the repository root. */
export function scaffoldFiles(names: ProviderNames, root = ROOT): Map<string, string> {
  const files = new Map<string, string>();
  for (const template of templatesUnder("spec")) {
    files.set(join("specs", names.name, relative("spec", template)), render(`${template}.tmpl`, names, root));
  }
  for (const template of templatesUnder("package")) {
    files.set(
      join("packages", names.name, relative("package", template)),
      render(`${template}.tmpl`, names, root),
    );
  }
  // every tarball ships the licence; changesets adds to the changelog under its title
  files.set(join("packages", names.name, "LICENSE"), readFileSync(join(root, "LICENSE"), "utf8"));
  files.set(
    join("packages", names.name, "package.json"),
    `${JSON.stringify(packageManifest(names, root), null, 2)}\n`,
  );
  files.set(join(".changeset", `${names.name}-initial.md`), render("changeset/initial.md.tmpl", names));
  return files;
}

/** Writes the scaffold; refuses (throws) when the name is invalid or taken. Returns the paths written. */
export function scaffold(name: string, root = ROOT): string[] {
  const problem = invalidName(name, root);
  if (problem) throw new Error(problem);
  const files = scaffoldFiles(providerNames(name), root);
  for (const [path, content] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return [...files.keys()];
}

function pnpm(args: string[], root: string) {
  console.log(`\n$ pnpm ${args.join(" ")}`);
  const { status } = spawnSync("pnpm", args, { cwd: root, stdio: "inherit" });
  if (status !== 0) throw new Error(`\`pnpm ${args.join(" ")}\` failed (exit ${status}).`);
}

function nextSteps(names: ProviderNames): string {
  const pkg = `@clientele/${names.name}`;
  return `
Scaffolded ${pkg}. Next:
  1. Describe the API in specs/${names.name}/openapi.yaml (servers, security, operations, x-pagination,
     x-errors; see specs/README.md) and record its sources in specs/${names.name}/README.md.
     Put example payloads in specs/${names.name}/examples/ (<operationId>.<status>.json).
  2. pnpm generate ${names.name}        regenerate packages/${names.name}/src/generated/
  3. The factory (src/generated/client.ts) takes the credentials of the spec's security schemes
     (x-credential.option names each, default apiKey) and its x-client-option server variables.
     Wrap it in a hand-written file only for what no spec can say, with extendClient for helpers.
  4. pnpm --filter ${pkg}... build && pnpm --filter ${pkg} test
  5. Edit .changeset/${names.name}-initial.md, then pnpm test before opening the pull request.`;
}

export const command = defineCommand({
  usage: "pnpm new-provider",
  summary:
    "Scaffolds a provider: specs/<name>/, packages/<name>/ and .changeset/<name>-initial.md, then installs and generates it.",
  options: {},
  positionals: {
    name: "name",
    description: "the provider's name in kebab-case, e.g. acme-crm",
    min: 1,
    max: 1,
  },
  examples: ["pnpm new-provider acme-crm"],
});

function main(argv: string[]) {
  const [name = ""] = readCommandLine(command, argv).positionals;
  try {
    const written = scaffold(name);
    for (const path of written) console.log(`  created ${path}`);
    pnpm(["exec", "prettier", "--write", "--ignore-unknown", "--log-level", "warn", ...written], ROOT);
    // The new package changes the lockfile, which CI mode would otherwise refuse.
    pnpm(["install", "--no-frozen-lockfile"], ROOT);
    pnpm(["generate", name], ROOT);
    console.log(nextSteps(providerNames(name)));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
