/**
 * What must hold before anything is published, checked without the network: the packages name the
 * repository the release runs in (npm refuses a provenance statement otherwise), every manifest is
 * derived from that one repository, scoped packages are public, and the workflow may mint the
 * OIDC token provenance needs.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { parse } from "yaml";
import type { WorkspacePackage } from "../lint-packages.ts";
import { manifestLinks, publishRefusal, rootRepository } from "../repository.ts";

export const RELEASE_WORKFLOW = ".github/workflows/release.yml";

/** Why the packages cannot be published from the GitHub repository `githubRepository`; [] when they can. */
export function repositoryProblems(root: string, packages: WorkspacePackage[], githubRepository?: string) {
  const repository = rootRepository(root);
  const refusal = publishRefusal(repository, githubRepository);
  const drifted = packages.filter((pkg) => {
    const manifest = JSON.parse(readFileSync(join(pkg.dir, "package.json"), "utf8"));
    const links = manifestLinks(repository, relative(root, pkg.dir));
    return Object.entries(links).some(([field, value]) => !isDeepStrictEqual(manifest[field], value));
  });
  return [
    ...(refusal ? [refusal] : []),
    ...(drifted.length
      ? [
          `${drifted.map((p) => p.name).join(", ")} do not name ${repository.web} as the root package.json does: ` +
            "run `pnpm lint:packages --fix` and commit.",
        ]
      : []),
  ];
}

/** Provenance and access preconditions that do not depend on where the release runs. */
export function publishConfigProblems(root: string, packages: WorkspacePackage[]): string[] {
  const problems: string[] = [];
  for (const pkg of packages) {
    const { publishConfig = {} } = JSON.parse(readFileSync(join(pkg.dir, "package.json"), "utf8"));
    if (publishConfig.access !== "public")
      problems.push(`${pkg.name}: publishConfig.access must be "public"`);
    if (publishConfig.provenance !== true)
      problems.push(`${pkg.name}: publishConfig.provenance must be true`);
  }
  const workflow = join(root, RELEASE_WORKFLOW);
  if (!existsSync(workflow)) return [...problems, `${RELEASE_WORKFLOW} is missing`];
  const { permissions = {}, jobs = {} } = parse(readFileSync(workflow, "utf8")) ?? {};
  const jobPermissions = Object.values(jobs as Record<string, { permissions?: Record<string, string> }>).map(
    (job) => ({ ...permissions, ...job.permissions }),
  );
  if (!jobPermissions.length || jobPermissions.some((p) => p["id-token"] !== "write"))
    problems.push(`${RELEASE_WORKFLOW}: every job needs "permissions: id-token: write" for npm provenance`);
  const text = readFileSync(workflow, "utf8");
  if (!/\bpnpm release\b/.test(text))
    problems.push(`${RELEASE_WORKFLOW}: must publish with \`pnpm release\``);
  return problems;
}
