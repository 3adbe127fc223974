/**
 * The TypeScript examples of the READMEs: every ```ts block of the root README and of each
 * package's, each a program of its own that a reader can copy as it stands.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../lib/providers.ts";

export interface ReadmeExample {
  /** The README, relative to the repository root. */
  readme: string;
  /** The line of the opening fence, 1-based. */
  line: number;
  /** A name usable as a file name: `packages-core-README-42`. */
  id: string;
  code: string;
  /** The environment variables the example reads (`process.env.NAME`), sorted. */
  env: string[];
  /** Lines the example says it prints: see `documentedOutput`. */
  output: string[];
}

const FENCE = /^```ts\n([\s\S]*?)^```$/gm;

/** The names of the environment variables a piece of code reads. */
export function envNames(code: string): string[] {
  const names = [...code.matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!);
  return [...new Set(names)].sort();
}

/**
 * What an example says it prints: the comment at the end of a line that calls `console.log` (or
 * `console.error`) is the line it prints, unless the comment says it is an illustration (it starts
 * with "e.g." or holds "…").
 */
export function documentedOutput(code: string): string[] {
  return code
    .split("\n")
    .flatMap(
      (line) =>
        /^\s*(?:(?:else\s+)?if \(.*\)\s*)?console\.(?:log|error)\(.*\);? \/\/ (.+)$/.exec(line)?.[1] ?? [],
    )
    .map((comment) => comment.trim())
    .filter((comment) => !/^e\.g\.|…/.test(comment));
}

/**
 * The npm packages the examples import besides the workspace's own and Node's built-ins (`msw` for
 * `msw/node`), which the consumer project installs too, at the workspace catalog's versions.
 */
export function thirdPartyImports(examples: ReadmeExample[]): string[] {
  const specifiers = examples.flatMap((e) =>
    [...e.code.matchAll(/^\s*import\s[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1]!),
  );
  const packages = specifiers
    .filter((s) => !s.startsWith(".") && !s.startsWith("node:") && !s.startsWith("@clientele/"))
    .map((s) =>
      s
        .split("/")
        .slice(0, s.startsWith("@") ? 2 : 1)
        .join("/"),
    );
  return [...new Set(packages)].sort();
}

/** Every ```ts block of one README. */
export function examplesOf(markdown: string, readme: string): ReadmeExample[] {
  return [...markdown.matchAll(FENCE)].map((match) => {
    const line = markdown.slice(0, match.index).split("\n").length;
    const code = match[1]!;
    const id = `${readme.replace(/\.md$/, "").replace(/\W+/g, "-")}-${line}`;
    return { readme, line, id, code, env: envNames(code), output: documentedOutput(code) };
  });
}

/** The README of the root and of every package that has one. */
export function readmes(root = ROOT): string[] {
  const packages = readdirSync(join(root, "packages"))
    .filter((name) => existsSync(join(root, "packages", name, "README.md")))
    .sort()
    .map((name) => `packages/${name}/README.md`);
  return ["README.md", ...packages];
}

/** Every example of every README, in order. */
export function readmeExamples(root = ROOT): ReadmeExample[] {
  return readmes(root).flatMap((readme) => examplesOf(readFileSync(join(root, readme), "utf8"), readme));
}
