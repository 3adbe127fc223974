/**
 * Where the repository lives, from its one source of truth: `repository.url` in the root
 * package.json. Every published manifest's `repository`, `homepage` and `bugs`, and every README link
 * into the repository, are derived from it (`pnpm lint:packages` checks them; `--fix` rewrites
 * them), and a release refuses to publish unless it names the repository the workflow runs in (npm
 * refuses a provenance statement whose repository does not match).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./lib/providers.ts";

/**
 * The owner the repository had before anyone set it. No GitHub account can have this name
 * (underscores are not allowed), so no link points at a stranger's repository meanwhile, and a
 * release refuses it.
 */
export const PLACEHOLDER_OWNER = "OWNER_UNSET";

export interface Repository {
  /** `owner/name` */
  slug: string;
  /** `git+https://github.com/owner/name.git`, as npm writes it */
  url: string;
  /** `https://github.com/owner/name` */
  web: string;
}

const GITHUB_URL = /^(?:git\+)?https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/;

/** Parses a GitHub repository URL in any of npm's spellings; undefined when it is not one. */
export function parseRepository(url: string): Repository | undefined {
  const match = GITHUB_URL.exec(url);
  if (!match) return undefined;
  const slug = `${match[1]}/${match[2]}`;
  return { slug, url: `git+https://github.com/${slug}.git`, web: `https://github.com/${slug}` };
}

/** The repository the root package.json names; throws, saying what to write, when it names none. */
export function rootRepository(root = ROOT): Repository {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const url: unknown =
    typeof manifest.repository === "string" ? manifest.repository : manifest.repository?.url;
  const repository = typeof url === "string" ? parseRepository(url) : undefined;
  if (!repository)
    throw new Error(
      `The root package.json must name the GitHub repository: "repository": { "type": "git", ` +
        `"url": "git+https://github.com/<owner>/<name>.git" } (found ${JSON.stringify(manifest.repository)}).`,
    );
  return repository;
}

/** The fields of a published manifest that say where its source, home page and issues are. */
export function manifestLinks(repository: Repository, directory: string) {
  return {
    homepage: `${repository.web}/tree/main/${directory}#readme`,
    bugs: { url: `${repository.web}/issues` },
    repository: { type: "git", url: repository.url, directory },
  };
}

/**
 * Why a release from the GitHub repository `actual` (`GITHUB_REPOSITORY`, `owner/name`) must not
 * publish packages that name `expected`; undefined when it may.
 */
export function publishRefusal(expected: Repository, actual: string | undefined): string | undefined {
  const fix =
    `Set "repository.url" in the root package.json to git+https://github.com/${actual ?? "<owner>/<name>"}.git, ` +
    "run `pnpm lint:packages --fix` to derive every manifest and README link from it, and commit.";
  if (expected.slug.split("/")[0] === PLACEHOLDER_OWNER)
    return `The root package.json still names the placeholder repository ${expected.web}. ${fix}`;
  if (!actual)
    return "GITHUB_REPOSITORY is not set: a release publishes with provenance only from a GitHub Actions workflow.";
  if (expected.slug.toLowerCase() !== actual.toLowerCase())
    return (
      `The packages name the repository ${expected.slug}, but this workflow runs in ${actual}: npm would ` +
      `refuse their provenance. ${fix}`
    );
  return undefined;
}
