/** A copy of the repository's working tree, as a commit would hold it: tracked and untracked files, not ignored ones. */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { ROOT } from "./lib/providers.ts";

/** Copies every tracked or untracked, not ignored, file of `root` (so no node_modules or dist) to `dest`. */
export function copyRepository(dest: string, root = ROOT): void {
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
  });
  for (const path of listed.toString().split("\0").filter(Boolean)) {
    if (!existsSync(join(root, path))) continue; // deleted in the working tree
    mkdirSync(dirname(join(dest, path)), { recursive: true });
    cpSync(join(root, path), join(dest, path));
  }
}
