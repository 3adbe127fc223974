/** Pending changesets (`.changeset/*.md`): reading their releases, writing one for a spec change. */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { bumpBetween, covers, isBump, strongest, type Bump } from "./bump.ts";
import { countByClass, type ProviderReport } from "./report.ts";
import type { Change, ChangeClass } from "./types.ts";

export interface PendingChangeset {
  /** Relative to the repository: `.changeset/brave-owls-sing.md`. */
  file: string;
  releases: Record<string, Bump>;
}

/** The releases a changeset's front matter names (`"@clientele/sparkwise": minor`). */
export function parseReleases(text: string): Record<string, Bump> {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---/.exec(text.trimStart());
  const front = match ? parse(match[1]!) : undefined;
  const releases: Record<string, Bump> = {};
  for (const [name, bump] of Object.entries(front ?? {})) if (isBump(bump)) releases[name] = bump;
  return releases;
}

export function readChangesets(root: string): PendingChangeset[] {
  const dir = join(root, ".changeset");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md") && name.toLowerCase() !== "readme.md")
    .sort()
    .map((name) => ({
      file: `.changeset/${name}`,
      releases: parseReleases(readFileSync(join(dir, name), "utf8")),
    }));
}

/** The strongest pending bump for a package, and the changeset that asks for it. */
export function pendingBump(
  changesets: PendingChangeset[],
  packageName: string,
): { bump: Bump; file: string } | undefined {
  const bump = strongest(changesets.flatMap((c) => c.releases[packageName] ?? []));
  const file = changesets.find((c) => c.releases[packageName] === bump)?.file;
  return bump && file ? { bump, file } : undefined;
}

export interface Coverage {
  bump: Bump;
  /** The changeset file, or the version bump, that asks for it. */
  by: string;
}

/**
 * What already releases the package: its strongest pending changeset, or, once `changeset version` has
 * consumed the changesets, the version bump since the base (a "Version packages" pull request).
 */
export function coverageOf(changesets: PendingChangeset[], report: ProviderReport): Coverage | undefined {
  const pending = pendingBump(changesets, report.packageName);
  const bumped = report.baseVersion ? bumpBetween(report.baseVersion, report.version) : undefined;
  const byVersion = bumped && {
    bump: bumped,
    by: `the version bump ${report.baseVersion} → ${report.version}`,
  };
  const byChangeset = pending && { bump: pending.bump, by: pending.file };
  if (byVersion && byChangeset) return covers(byChangeset.bump, byVersion.bump) ? byChangeset : byVersion;
  return byChangeset ?? byVersion;
}

/** Whether the package is released with at least the bump its spec changes require. */
export function isCovered(changesets: PendingChangeset[], report: ProviderReport): boolean {
  if (!report.requirement) return true;
  const coverage = coverageOf(changesets, report);
  return Boolean(coverage && covers(coverage.bump, report.requirement.bump));
}

const HEADINGS: Record<ChangeClass, string> = {
  breaking: "Breaking",
  "non-breaking": "Non-breaking",
  docs: "Documentation only",
};
const DOCS_LISTED = 10;
const item = (c: Change) => `- \`${c.location}\`: ${c.message}`;

/** The changeset for one provider's spec changes: the required bump, why, and the changes by class. */
export function renderChangeset(report: ProviderReport): string {
  const { requirement, packageName, provider, base, changes } = report;
  if (!requirement) throw new Error(`${packageName} has no spec changes`);
  const lines = ["---", `"${packageName}": ${requirement.bump}`, "---", ""];
  lines.push(
    `Spec changes in \`specs/${provider}/openapi.yaml\` since \`${base.label}\`: ${countByClass(changes, { skipZero: true })}.`,
    "",
  );
  lines.push(`A ${requirement.bump} bump for ${requirement.reason}.`);
  for (const cls of ["breaking", "non-breaking", "docs"] as const) {
    const listed = changes.filter((c) => c.class === cls);
    if (!listed.length) continue;
    const shown = cls === "docs" ? listed.slice(0, DOCS_LISTED) : listed;
    lines.push("", `**${HEADINGS[cls]}**`, "", ...shown.map(item));
    if (shown.length < listed.length)
      lines.push(`- … and ${listed.length - shown.length} more documentation changes`);
  }
  return `${lines.join("\n")}\n`;
}

/** `.changeset/<provider>-spec-<hash>.md`: the same changes always give the same file, so reruns replace it. */
export function writeChangeset(root: string, report: ProviderReport): string {
  const hash = createHash("sha1").update(JSON.stringify(report.changes)).digest("hex").slice(0, 8);
  const file = `.changeset/${report.provider}-spec-${hash}.md`;
  writeFileSync(join(root, file), renderChangeset(report));
  return file;
}
