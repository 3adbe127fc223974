import { execFile } from "node:child_process";
import { promisify } from "node:util";

const exec = promisify(execFile);

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the command after this long (default: no limit). */
  timeoutMs?: number;
}

/** Runs a command without a shell and returns its stdout; on failure, throws with the command and its output. */
export async function run(command: string, args: string[], { cwd, env, timeoutMs = 0 }: RunOptions) {
  try {
    const { stdout } = await exec(command, args, {
      cwd,
      env,
      timeout: timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const {
      stdout = "",
      stderr = "",
      killed,
    } = error as { stdout?: string; stderr?: string; killed?: boolean };
    const output = `${stdout}\n${stderr}`.trim().split("\n").slice(-40).join("\n");
    const why = killed ? `was stopped after ${timeoutMs} ms` : "failed";
    throw new Error(`\`${[command, ...args].join(" ")}\` ${why} in ${cwd}:\n${output}`);
  }
}
