/**
 * Codegen and build times, as a developer runs them: `pnpm generate` (every spec), a cold
 * `pnpm build` (turbo with `--force`: generate, then every package) and a warm one served from
 * turbo's cache. Wall time of the whole command, process start included; generate and the warm
 * build are medians of several runs. A quick run (`--quick`) skips the cold build.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { median, since } from "./stats.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface CodegenResult {
  generateSeconds: number;
  coldBuildSeconds: number;
  warmBuildSeconds: number;
  generateRuns: number;
  warmRuns: number;
}

/** Wall seconds of `pnpm <args>` run at the repository root; throws if it fails. */
function pnpm(args: string[]): Promise<number> {
  const started = performance.now();
  const child = spawn("pnpm", ["-s", ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  let errors = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (errors += chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(since(started) / 1000)
        : reject(new Error(`pnpm ${args.join(" ")} exited with ${code}\n${errors.slice(-2000)}`)),
    );
  });
}

async function repeat(times: number, args: string[]): Promise<number> {
  const seconds: number[] = [];
  for (let i = 0; i < times; i++) seconds.push(await pnpm(args));
  return median(seconds);
}

export async function measureCodegen(quick = false): Promise<CodegenResult> {
  const generateRuns = quick ? 1 : 3;
  const warmRuns = quick ? 1 : 3;
  const generateSeconds = await repeat(generateRuns, ["generate"]);
  // a quick run leaves the dist folders alone: others may be using them
  const coldBuildSeconds = quick ? Number.NaN : await pnpm(["build", "--force"]);
  const warmBuildSeconds = await repeat(warmRuns, ["build"]);
  return { generateSeconds, coldBuildSeconds, warmBuildSeconds, generateRuns, warmRuns };
}
