import { execFile } from "node:child_process";
import type { Plan, Report } from "./probe/plan";

/** Runs `command` on `file` with the plan as its last argument and parses the report it prints. */
export function runProgram(
  command: readonly string[],
  file: string,
  plan: Plan,
  cwd: string,
): Promise<Report> {
  const [binary, ...args] = command;
  const env: Record<string, string | undefined> = {
    ...process.env,
    DENO_NO_UPDATE_CHECK: "1",
    NO_COLOR: "1",
  };
  delete env.NODE_OPTIONS; // the suite's own Node options are not the runtime's
  return new Promise((resolve, reject) => {
    execFile(
      binary!,
      [...args, file, JSON.stringify(plan)],
      { cwd, env, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const last = stdout.trim().split("\n").pop() ?? "";
        let parsed: (Report & { fatal?: never }) | { fatal: string } | undefined;
        try {
          parsed = JSON.parse(last);
        } catch {
          parsed = undefined;
        }
        if (parsed && !("fatal" in parsed && parsed.fatal) && !error) return resolve(parsed as Report);
        const why = parsed && "fatal" in parsed ? parsed.fatal : (error?.message ?? "no report");
        reject(new Error(`${binary} ${file} failed: ${why}\n${stderr.slice(-2_000)}`));
      },
    );
  });
}
