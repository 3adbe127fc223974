/** One report per provider: its spec at the base against the working tree. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { listProviders } from "../lib/providers.ts";
import { requiredBump, type Requirement } from "./bump.ts";
import { diffSpecs } from "./document.ts";
import { defaultBase, fileAt, providersAt, type Base } from "./git.ts";
import { breaking, nonBreaking, type Change, type ChangeClass } from "./types.ts";

export interface ProviderReport {
  provider: string;
  packageName: string;
  /** The package's version in the working tree (decides the 0.x convention). */
  version: string;
  /** Its version at the base, when the base has the package. */
  baseVersion?: string;
  base: Base;
  status: "unchanged" | "changed" | "added" | "removed";
  /** Breaking first, then non-breaking, then documentation; in spec order within a class. */
  changes: Change[];
  /** Absent when nothing changed. */
  requirement?: Requirement;
}

export interface DiffOptions {
  root: string;
  /** Compare every provider with this ref; default: per package, see `defaultBase`. */
  base?: Base;
  /** Only these providers; default: every provider in the working tree or at the base. */
  only?: string[];
}

const ORDER: ChangeClass[] = ["breaking", "non-breaking", "docs"];

export function diffProviders(options: DiffOptions): ProviderReport[] {
  const { root } = options;
  const names = options.only?.length ? options.only : listProviders(root);
  const reports = names.map((p) => diffProvider(root, p, options.base));
  if (options.only?.length || !options.base) return reports;
  const removed = providersAt(root, options.base.ref).filter((p) => !names.includes(p));
  return [...reports, ...removed.map((p) => diffProvider(root, p, options.base))];
}

export function diffProvider(root: string, provider: string, explicit?: Base): ProviderReport {
  const { name, version } = packageOf(root, provider);
  const base = explicit ?? defaultBase(root, name);
  const specFile = `specs/${provider}/openapi.yaml`;
  const before = fileAt(root, base.ref, specFile);
  const after = existsSync(join(root, specFile)) ? readFileSync(join(root, specFile), "utf8") : undefined;
  const baseVersion = versionAt(root, base.ref, provider);
  const report = { provider, packageName: name, version, base, ...(baseVersion && { baseVersion }) };
  if (before === undefined && after === undefined)
    throw new Error(`${provider}: no ${specFile} in the working tree or at ${base.label}`);
  if (before === after) return { ...report, status: "unchanged", changes: [] };
  if (before === undefined) {
    const changes = [nonBreaking(specFile, "spec added: a new provider package")];
    return { ...report, status: "added", changes, requirement: requiredBump(changes, version, "added") };
  }
  // a package whose spec is gone cannot be released again, so no changeset is asked for
  if (after === undefined)
    return { ...report, status: "removed", changes: [breaking(specFile, "spec removed")] };
  const changes = sortChanges(diffSpecs(parse(before), parse(after), provider));
  const requirement = requiredBump(changes, version);
  return {
    ...report,
    status: changes.length ? "changed" : "unchanged",
    changes,
    ...(requirement && { requirement }),
  };
}

function packageOf(root: string, provider: string): { name: string; version: string } {
  const file = join(root, "packages", provider, "package.json");
  const manifest = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  return { name: manifest.name ?? `@clientele/${provider}`, version: manifest.version ?? "0.0.0" };
}

function versionAt(root: string, ref: string, provider: string): string | undefined {
  const manifest = fileAt(root, ref, `packages/${provider}/package.json`);
  return manifest ? JSON.parse(manifest).version : undefined;
}

/** By class, then in the order found; one line per distinct change. */
function sortChanges(changes: Change[]): Change[] {
  const seen = new Set<string>();
  const distinct = changes.filter((c) => {
    const key = `${c.class}\t${c.location}\t${c.message}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
  return ORDER.flatMap((cls) => distinct.filter((c) => c.class === cls));
}

/** "1 breaking, 0 non-breaking, 2 documentation" */
export const countByClass = (changes: Change[], { skipZero = false } = {}) =>
  ORDER.map(
    (cls) => [changes.filter((c) => c.class === cls).length, cls === "docs" ? "documentation" : cls] as const,
  )
    .filter(([count]) => count > 0 || !skipZero)
    .map(([count, name]) => `${count} ${name}`)
    .join(", ");

/** `breaking      GET /users  response 200 /data/items/*\/email  property removed` */
export const formatChange = (c: Change) => `${c.class.padEnd(12)}  ${c.location}  ${c.message}`;

/** A header naming the package, the base, the counts and the required bump, then one line per change. */
export function formatReport(report: ProviderReport): string[] {
  const { requirement, changes } = report;
  if (report.status === "removed")
    return [`${report.packageName}: spec removed since ${report.base.label} (deprecate the package on npm)`];
  if (!requirement) return [`${report.packageName}: no spec changes since ${report.base.label}`];
  return [
    `${report.packageName} (specs/${report.provider}/openapi.yaml since ${report.base.label}): ${countByClass(changes)}`,
    `  requires a ${requirement.bump} bump: ${requirement.reason}`,
    ...changes.map((c) => `  ${formatChange(c)}`),
  ];
}
