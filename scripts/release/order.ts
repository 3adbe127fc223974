/** The order packages are published in: each after every workspace package it depends on. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { WorkspacePackage } from "../lint-packages.ts";

export interface ReleasePackage extends WorkspacePackage {
  version: string;
  /** The workspace packages it needs at run time (dependencies and peer dependencies). */
  needs: string[];
}

/** Reads each package's version and workspace dependencies. */
export function releasePackages(packages: WorkspacePackage[]): ReleasePackage[] {
  const names = new Set(packages.map((pkg) => pkg.name));
  return packages.map((pkg) => {
    const manifest = JSON.parse(readFileSync(join(pkg.dir, "package.json"), "utf8"));
    const deps = { ...manifest.dependencies, ...manifest.peerDependencies } as Record<string, string>;
    return { ...pkg, version: manifest.version, needs: Object.keys(deps).filter((name) => names.has(name)) };
  });
}

/** Dependencies first; ties keep the given order. Throws on a dependency cycle. */
export function publishOrder<P extends { name: string; needs: string[] }>(packages: P[]): P[] {
  const ordered: P[] = [];
  const done = new Set<string>();
  let pending = [...packages];
  while (pending.length) {
    const ready = pending.filter((pkg) => pkg.needs.every((name) => done.has(name)));
    if (!ready.length) throw new Error(`Dependency cycle among ${pending.map((p) => p.name).join(", ")}`);
    for (const pkg of ready) {
      ordered.push(pkg);
      done.add(pkg.name);
    }
    pending = pending.filter((pkg) => !done.has(pkg.name));
  }
  return ordered;
}
