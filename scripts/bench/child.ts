/**
 * Runs one benchmark part in a fresh Node process, so that no part inherits another's JIT state,
 * heap or sockets. The part prints its result as JSON on the last line of stdout; progress goes
 * to stderr, which is passed through.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { defineCommand, readCommandLine } from "../lib/args.ts";

export interface ChildOptions {
  /** Extra Node flags, e.g. `--expose-gc`. */
  nodeFlags?: string[];
  /** Arguments after the script, e.g. `--quick`. */
  args?: string[];
}

export function runPart<T>(file: string, { nodeFlags = [], args = [] }: ChildOptions = {}): Promise<T> {
  const script = file.startsWith("file:") ? fileURLToPath(file) : file;
  const child = spawn(process.execPath, [...nodeFlags, "--import", "tsx", script, ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      if (code !== 0) return reject(new Error(`${script} exited with ${code}`));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${script} printed no JSON result: ${last.slice(0, 200)}`));
      }
    });
  });
}

/** Whether the module at `url` is the script Node was started with. */
export const isMain = (url: string) => !!process.argv[1] && url === pathToFileURL(process.argv[1]).href;

/** The command line of a part run as a child (`part`: its path, e.g. `scripts/bench/memory.ts`). */
export const partCommand = (part: string) =>
  defineCommand({
    usage: `node --import tsx ${part}`,
    summary: "One part of `pnpm bench`, run in a child process: prints its result as one line of JSON.",
    options: { quick: { type: "boolean", description: "small counts" } },
    examples: [`node --import tsx ${part} --quick`],
  });

/** The entry point of a part run as a child: runs it and prints its result for `runPart`. */
export async function partMain<T>(url: string, run: (quick: boolean) => Promise<T>) {
  if (!isMain(url)) return;
  const { values } = readCommandLine(partCommand(relative(process.cwd(), fileURLToPath(url))));
  const result = await run(values.quick ?? false);
  // exit once the line is out: a keep-alive socket or timer left behind must not hold the run
  process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0));
}

/**
 * Starts a helper process (a server the part talks to) tied to this one: its stdin is a pipe from
 * here, and `exitWithParent` in the helper ends it when that pipe closes, even if this process dies.
 */
export function spawnHelper(script: string, args: string[]): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", script, ...args], {
    stdio: ["pipe", "pipe", "inherit"],
  });
}

/** In a helper: exit as soon as the process that started it is gone. */
export function exitWithParent(): void {
  process.stdin.on("end", () => process.exit(0)).resume();
}

/** The first line a helper process prints on stdout (its address); rejects if it exits first. */
export function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      text += chunk;
      if (text.includes("\n")) resolve(text.slice(0, text.indexOf("\n")));
    });
    child.on("exit", (code) => reject(new Error(`helper process exited with ${code} before it was ready`)));
    child.on("error", reject);
  });
}
