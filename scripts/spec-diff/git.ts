/** Reading specs at a git ref, and choosing the ref to compare with. */
import { execFileSync } from "node:child_process";

/** A ref to compare with, and how it was chosen (printed in reports). */
export interface Base {
  ref: string;
  label: string;
}

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync("git", args, {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 << 20,
    });
  } catch {
    return undefined;
  }
}

const commitOf = (root: string, ref: string) =>
  git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])?.trim();

/** The text of `path` at `ref`, or `undefined` when the ref has no such file. */
export function fileAt(root: string, ref: string, path: string): string | undefined {
  return git(root, ["show", `${ref}:${path}`]);
}

/** The providers that have a `specs/<name>/openapi.yaml` at `ref`. */
export function providersAt(root: string, ref: string): string[] {
  const listed = git(root, ["ls-tree", "-r", "--name-only", ref, "--", "specs"]) ?? "";
  return listed
    .split("\n")
    .map((line) => /^specs\/([^/]+)\/openapi\.yaml$/.exec(line)?.[1])
    .filter((name): name is string => Boolean(name));
}

/** `--base <ref>`: fails clearly on a ref that does not name a commit. */
export function explicitBase(root: string, ref: string): Base {
  if (!commitOf(root, ref)) throw new Error(`--base ${ref} does not name a commit in ${root}`);
  return { ref, label: ref };
}

/**
 * Without `--base`: the package's last release tag (`<name>@<version>`, as `pnpm release` tags);
 * else the merge base with `origin/main`, then `main`, when it is not HEAD itself (a branch compares with
 * where it started); else HEAD, so that only working-tree changes count (a clone of main in CI).
 */
export function defaultBase(root: string, packageName: string): Base {
  const tag = git(root, ["describe", "--tags", "--abbrev=0", "--match", `${packageName}@*`, "HEAD"])?.trim();
  if (tag) return { ref: tag, label: tag };
  return fallbackBase(root);
}

const fallbacks = new Map<string, Base>();

function fallbackBase(root: string): Base {
  const known = fallbacks.get(root);
  if (known) return known;
  const head = commitOf(root, "HEAD");
  if (!head) throw new Error(`${root} is not a git repository with at least one commit`);
  let base: Base = { ref: "HEAD", label: "HEAD" };
  for (const branch of ["origin/main", "main"]) {
    const mergeBase = commitOf(root, branch) && git(root, ["merge-base", "HEAD", branch])?.trim();
    if (mergeBase && mergeBase !== head) {
      base = { ref: mergeBase, label: `${branch} (merge base ${mergeBase.slice(0, 7)})` };
      break;
    }
    if (mergeBase) break; // HEAD is on the branch: compare with HEAD
  }
  fallbacks.set(root, base);
  return base;
}
