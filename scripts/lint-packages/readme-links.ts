/**
 * A README on npm is read away from the repository: a relative link works only when it points at a
 * file in the tarball, and a link into the repository must name the repository the root
 * package.json names.
 */
import { existsSync } from "node:fs";
import { join, posix } from "node:path";
import { PLACEHOLDER_OWNER, type Repository } from "../repository.ts";

/** Inline links and images `[text](target)` and reference definitions `[label]: target`. */
const LINK = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm;
/** A link to a file or folder of a GitHub repository. */
const GITHUB_FILE = /^https:\/\/github\.com\/([\w.-]+\/[\w.-]+)\/(?:blob|tree)\/[^/]+\/([^#?]+)/;

/**
 * Whether `slug` is likely another spelling of this repository (its name, another owner, or the
 * placeholder owner) rather than an unrelated project that happens to have a file of the same path.
 */
const formerSlug = (slug: string, repository: Repository) =>
  slug.split("/")[0] === PLACEHOLDER_OWNER || slug.split("/")[1] === repository.slug.split("/")[1];

/** Every link target of a Markdown document, fenced code left out. */
export function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");
  return [...prose.matchAll(LINK)].map((m) => (m[1] ?? m[2])!);
}

export interface ReadmeContext {
  repository: Repository;
  /** The package folder relative to the repository root, e.g. `packages/core`. */
  directory: string;
  /** The repository root on disk, to tell which paths are the repository's. */
  root: string;
  /** Every file in the tarball, relative to the package root. */
  shipped: ReadonlySet<string>;
}

/** Every link of the README that is dead on npm or points at another repository. */
export function readmeLinkProblems(markdown: string, context: ReadmeContext): string[] {
  return linkTargets(markdown).flatMap((target) => {
    const problem = linkProblem(target, context);
    return problem ? [`README.md link ${target}: ${problem}`] : [];
  });
}

function linkProblem(target: string, { repository, directory, root, shipped }: ReadmeContext) {
  if (target.startsWith("#") || /^mailto:/.test(target)) return undefined;
  const github = GITHUB_FILE.exec(target);
  if (github) {
    const [, slug, path] = github;
    if (slug!.toLowerCase() === repository.slug.toLowerCase())
      return existsSync(join(root, decodeURIComponent(path!))) ? undefined : "no such file in the repository";
    // another owner's copy of a file of this repository: the owner changed, or was never set
    if (formerSlug(slug!, repository) && existsSync(join(root, decodeURIComponent(path!))))
      return `points at ${slug}, not ${repository.slug} (the root package.json's repository); \`pnpm lint:packages --fix\` rewrites it`;
    return undefined;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined; // any other absolute URL
  const path = posix.normalize(posix.join(".", target.split(/[#?]/)[0]!)).replace(/\/$/, "");
  if (shipped.has(path) || [...shipped].some((file) => file.startsWith(`${path}/`))) return undefined;
  const inRepository = posix.normalize(posix.join(directory, path));
  return (
    `not in the tarball, so dead on npm; link to ${repository.web}/blob/main/${inRepository} ` +
    "or to a file the package ships"
  );
}

/** The README with every link into another owner's copy of this repository pointed at `repository`. */
export function fixReadmeLinks(markdown: string, repository: Repository, root: string): string {
  return markdown.replace(
    /https:\/\/github\.com\/([\w.-]+\/[\w.-]+)\/(blob|tree)\/([^/\s)]+)\/([^#?\s)]+)/g,
    (url, slug: string, kind: string, ref: string, path: string) =>
      formerSlug(slug, repository) && existsSync(join(root, decodeURIComponent(path)))
        ? `${repository.web}/${kind}/${ref}/${path}`
        : url,
  );
}
