import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { partCommand } from "../bench/child.ts";
import { ROOT } from "../lib/providers.ts";
import { type CommandSpec, helpText, parseCommand, UsageError } from "../lib/args.ts";

/** Every script the root package.json runs with tsx, e.g. `scripts/generate.ts`. */
function packageScripts(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  const paths = Object.values(scripts).flatMap((line) => [...line.matchAll(/\btsx (scripts\/\S+\.ts)/g)]);
  return [...new Set(paths.map((m) => m[1]!))].sort();
}

/** Entry points that other scripts start: the benchmark's parts and its helper servers. */
const CHILD_SCRIPTS = [
  "scripts/bench/overhead.ts",
  "scripts/bench/pagination.ts",
  "scripts/bench/memory.ts",
  "scripts/bench/fake-host.ts",
  "scripts/bench/page-server.ts",
];

const scripts = [...packageScripts(), ...CHILD_SCRIPTS];

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a script as tsx does, in one process (tsx's own command would start a second). */
function run(script: string, args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    const argv = ["--import", "tsx", script, ...args];
    execFile(process.execPath, argv, { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });
}

/** Runs `tasks` at most `limit` at a time: each is a process, and the machine's cores are shared. */
async function pooled<T>(tasks: (() => Promise<T>)[], limit = 4): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

/** The command a script declares (the benchmark's parts share theirs). */
async function commandOf(script: string): Promise<CommandSpec> {
  if (/bench\/(overhead|pagination|memory)\.ts$/.test(script)) return partCommand(script);
  const module = (await import(join(ROOT, script))) as { command?: CommandSpec };
  if (!module.command) throw new Error(`${script} exports no command`);
  return module.command;
}

const HELP =
  /^Usage: .+\n\n.+\n[\s\S]*\nOptions:\n[\s\S]*  -h, --help +print this help and exit\n\nExamples?:\n  \S/;

describe("every script's command line", () => {
  it("covers the scripts of the root package.json", () => {
    expect(scripts).toEqual(
      expect.arrayContaining([
        "scripts/bench/index.ts",
        "scripts/build.ts",
        "scripts/demo.ts",
        "scripts/fuzz.ts",
        "scripts/generate.ts",
        "scripts/lint-extensions.ts",
        "scripts/lint-packages.ts",
        "scripts/new-provider.ts",
        "scripts/release-dry.ts",
        "scripts/release.ts",
        "scripts/spec-changeset.ts",
        "scripts/spec-diff.ts",
      ]),
    );
  });

  it("is declared by each script, with a help text and a refusal of unknown options", async () => {
    for (const script of scripts) {
      const command = await commandOf(script);
      expect(parseCommand(command, ["--help"]), script).toBe("help");
      expect(helpText(command), script).toMatch(HELP);
      expect(() => parseCommand(command, ["--no-such-option"]), script).toThrow(UsageError);
    }
  }, 60_000);

  it("is read before a script does anything: an unknown option exits 2 with one line naming it", async () => {
    const results = await pooled(
      scripts.map((script) => async () => [script, await run(script, ["--no-such-option"])] as const),
    );
    for (const [script, { code, stdout, stderr }] of results) {
      expect({ code, stdout }, `${script} --no-such-option: ${stderr}`).toEqual({ code: 2, stdout: "" });
      expect(stderr, script).toMatch(/^\S.*: unknown option '--no-such-option'; see .+ --help\n$/);
    }
  }, 180_000);

  it("answers --help with the usage, exit 0, in the commands the issue names", async () => {
    const results = await pooled(
      ["scripts/spec-diff.ts", "scripts/generate.ts", "scripts/demo.ts"].map(
        (script) => async () => [script, await run(script, ["--help"])] as const,
      ),
    );
    for (const [script, { code, stdout, stderr }] of results) {
      expect({ code, stderr }, script).toEqual({ code: 0, stderr: "" });
      expect(stdout, script).toMatch(HELP);
    }
  }, 60_000);

  it("refuses a misspelt --check before generating anything, suggesting the option", async () => {
    expect(await run("scripts/generate.ts", ["--chek"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "pnpm generate: unknown option '--chek' (did you mean '--check'?); see pnpm generate --help\n",
    });
  }, 60_000);
});
