/**
 * What npm needs in a published package besides working entry points (publint and attw check
 * those): where it comes from, its licence and changelog, and dependency ranges a consumer can
 * dedupe. Checked on what the tarball really holds, after pnpm rewrote the manifest.
 */
import { isDeepStrictEqual } from "node:util";
import { manifestLinks, type Repository } from "../repository.ts";

/** A packed package: its manifest and every file, by path relative to the package root. */
export interface Packed {
  manifest: Record<string, unknown>;
  files: Map<string, Uint8Array>;
}

export interface ManifestExpectations {
  repository: Repository;
  /** The package folder relative to the repository root, e.g. `packages/core`. */
  directory: string;
  /** The root `LICENSE`, which every tarball ships a copy of. */
  license: string;
}

/** Fields that only mean something inside this repository and must not reach npm. */
const DEV_ONLY_FIELDS = ["scripts", "devDependencies"];

/** A range that lets npm share one copy with the consumer's own: `^1.2.3`, `~1.2.3`, `>=1.2.3 <2`. */
const DEDUPABLE_RANGE = /^(\^|~|>=)\d/;

const text = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);

/** Every problem with a packed package's manifest and its licence and changelog files. */
export function manifestProblems({ manifest, files }: Packed, expected: ManifestExpectations): string[] {
  const links = manifestLinks(expected.repository, expected.directory);
  const problems: string[] = [];
  for (const [field, value] of Object.entries(links)) {
    if (!isDeepStrictEqual(manifest[field], value))
      problems.push(
        `manifest ${field}: expected ${JSON.stringify(value)} (derived from the root package.json's repository), ` +
          `found ${JSON.stringify(manifest[field])}; \`pnpm lint:packages --fix\` writes it`,
      );
  }
  const keywords = manifest.keywords;
  if (!Array.isArray(keywords) || keywords.length === 0 || !keywords.every((k) => typeof k === "string" && k))
    problems.push("manifest keywords: give a non-empty list of words people search npm for");
  if (manifest.license !== "MIT")
    problems.push(`manifest license: expected "MIT", found ${JSON.stringify(manifest.license)}`);
  if (text(files.get("LICENSE")) !== expected.license)
    problems.push("LICENSE: the tarball must hold a copy of the root LICENSE (put one beside package.json)");
  if (!text(files.get("CHANGELOG.md"))?.startsWith(`# ${String(manifest.name)}`))
    problems.push(
      `CHANGELOG.md: the tarball must hold the changelog, starting "# ${String(manifest.name)}" (list it in "files")`,
    );
  if (!files.has("README.md")) problems.push("README.md: the tarball must hold the README");
  for (const field of DEV_ONLY_FIELDS)
    if (field in manifest)
      problems.push(`manifest ${field}: must not be published (.pnpmfile.cjs removes it when packing)`);
  const access = (manifest.publishConfig as { access?: string } | undefined)?.access;
  if (access !== "public") problems.push('manifest publishConfig.access: a scoped package must say "public"');
  for (const kind of ["dependencies", "peerDependencies", "optionalDependencies"]) {
    const deps = (manifest[kind] ?? {}) as Record<string, string>;
    for (const [name, range] of Object.entries(deps))
      if (!DEDUPABLE_RANGE.test(range))
        problems.push(
          `manifest ${kind}.${name}: "${range}" pins one version, so a consumer who also uses ${name} gets two copies; use a range such as "^${range.replace(/^\D+/, "")}"`,
        );
  }
  return problems;
}
