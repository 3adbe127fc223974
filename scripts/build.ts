/**
 * Builds every package (`turbo run build`) and prints nothing unless the build fails, when it prints
 * turbo's whole output and exits with its code. On a terminal one line says what is happening and
 * is erased when the build is done. `pnpm demo` and `pnpm bench` build through it, so that their
 * output starts with what they did (`pnpm build` shows turbo's own output).
 *   tsx scripts/build.ts
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./lib/providers.ts";
import { defineCommand, readCommandLine } from "./lib/args.ts";

export const command = defineCommand({
  usage: "tsx scripts/build.ts",
  summary:
    "Builds every package with turbo, silently unless the build fails (then turbo's output, and its exit code).",
  options: {},
  examples: ["tsx scripts/build.ts && tsx scripts/bench/index.ts     # what `pnpm bench` runs"],
});

/**
 * Runs the build, turbo's output held back; on a failure it is written to stderr. Resolves with
 * turbo's exit code.
 */
export async function buildPackages(root = ROOT): Promise<{ code: number }> {
  const tty = process.stderr.isTTY;
  if (tty) process.stderr.write("Building the packages (turbo run build)…");
  const { code, output } = await runTurbo(root);
  if (tty) process.stderr.write("\r\x1b[2K");
  if (code !== 0) process.stderr.write(output);
  return { code };
}

function runTurbo(root: string): Promise<{ code: number; output: string }> {
  const turbo = join(root, "node_modules", ".bin", "turbo");
  const args = ["run", "build", "--output-logs=errors-only", "--ui=stream"];
  return new Promise((resolve, reject) => {
    const child = spawn(turbo, args, {
      cwd: root,
      env: { ...process.env, TURBO_PRINT_VERSION_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString() }));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  readCommandLine(command);
  process.exitCode = (await buildPackages()).code;
}
