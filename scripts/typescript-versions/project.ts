/**
 * Compiles a consumer's program (`consumer.ts`) with one TypeScript version against the workspace's
 * built packages: a throwaway project whose `node_modules/@clientele/*` link to `packages/*`, so each
 * package's own dependencies (openapi-fetch) resolve as they would once installed. Strict, no
 * `skipLibCheck` (the packages' declarations and their dependencies' are checked), with
 * `moduleResolution: nodenext` or `bundler`. Only TypeScript's own `lib.*.d.ts` are not re-checked.
 */
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT } from "../lib/providers.ts";
import { publishablePackages } from "../lint-packages.ts";

export type Resolution = "nodenext" | "bundler";

/** A TypeScript compiler of the root's devDependencies: `typescript` or an alias like `typescript-5-4`. */
export interface Compiler {
  /** The dependency's name. */
  alias: string;
  version: string;
}

/** Every TypeScript the root package.json depends on, oldest first. */
export function compilers(root = ROOT): Compiler[] {
  const { devDependencies } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  return Object.keys(devDependencies)
    .filter((name) => /^typescript(-\d+-\d+)?$/.test(name))
    .map((alias) => ({
      alias,
      version: JSON.parse(readFileSync(join(root, "node_modules", alias, "package.json"), "utf8")).version,
    }))
    .sort((a, b) => a.version.localeCompare(b.version, "en", { numeric: true }));
}

/** Writes the project into `dir`: the program, a tsconfig per resolution, links to the packages. */
export function createTypeConsumer(dir: string, root = ROOT) {
  const scope = join(dir, "node_modules", "@clientele");
  mkdirSync(scope, { recursive: true });
  for (const pkg of publishablePackages(root))
    symlinkSync(pkg.dir, join(dir, "node_modules", pkg.name), "dir");
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ type: "module", private: true })}\n`);
  copyFileSync(join(root, "scripts", "typescript-versions", "consumer.ts"), join(dir, "index.ts"));
  for (const resolution of ["nodenext", "bundler"] as const) {
    const compilerOptions = {
      target: "es2022",
      module: resolution === "nodenext" ? "nodenext" : "esnext",
      moduleResolution: resolution,
      lib: ["es2022", "dom", "dom.iterable"],
      types: [],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      skipDefaultLibCheck: true,
    };
    writeFileSync(
      join(dir, `tsconfig.${resolution}.json`),
      JSON.stringify({ compilerOptions, files: ["index.ts"] }),
    );
  }
}

/** One error tsc reported: where (relative to the repository when it is in it), its code and text. */
export interface CompileError {
  file: string;
  code: string;
  message: string;
}

/** Compiles the project with a compiler; resolves with its errors (none when it passed). */
export function compile(
  dir: string,
  compiler: Compiler,
  resolution: Resolution,
  options: { skipLibCheck?: boolean; root?: string } = {},
): Promise<CompileError[]> {
  const tsc = join(options.root ?? ROOT, "node_modules", compiler.alias, "bin", "tsc");
  const args = [tsc, "-p", `tsconfig.${resolution}.json`, "--pretty", "false"];
  if (options.skipLibCheck) args.push("--skipLibCheck");
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: dir, timeout: 120_000 }, (error, stdout) => {
      const errors = [...stdout.matchAll(/^(.+?)\(\d+,\d+\): error (TS\d+): (.+)$/gm)].map(
        ([, file, code, message]) => ({
          file: repositoryPath(join(dir, file!), options.root ?? ROOT),
          code: code!,
          message: message!,
        }),
      );
      if (error && !errors.length)
        reject(new Error(`${compiler.alias} failed without a type error: ${stdout}`));
      else resolve(errors);
    });
  });
}

function repositoryPath(file: string, root: string): string {
  const path = relative(root, file);
  return path.startsWith("..") ? file : path;
}
