import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { binaryOf } from "./binaries";

/** A workerd process serving one Worker on 127.0.0.1. */
export interface Workerd {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  close(): Promise<void>;
}

/** A date every workerd of the matrix supports; no compatibility flag, so no Node compatibility. */
const COMPATIBILITY_DATE = "2025-11-01";

/**
 * The Worker, its text bindings, an HTTP socket on 127.0.0.1 at a port workerd picks, and an
 * outbound network that reaches loopback only: the fakes, and nothing else.
 */
function config(bindings: Readonly<Record<string, string>>): string {
  const texts = Object.entries(bindings)
    .map(([name, text]) => `(name = ${JSON.stringify(name)}, text = ${JSON.stringify(text)})`)
    .join(", ");
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "probe", worker = .probe),
    (name = "loopback", network = (allow = ["127.0.0.1/32"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "probe")],
);

const probe :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "${COMPATIBILITY_DATE}",
  bindings = [${texts}],
  globalOutbound = "loopback",
);
`;
}

/** Starts workerd on `worker` (an ES module bundle) and resolves once it listens. */
export async function startWorkerd(
  worker: string,
  bindings: Readonly<Record<string, string>>,
): Promise<Workerd> {
  const dir = mkdtempSync(join(tmpdir(), "clientele-workerd-"));
  writeFileSync(join(dir, "worker.js"), worker);
  writeFileSync(join(dir, "config.capnp"), config(bindings));
  // fd 3 is workerd's control channel: it reports the port each socket listens on, as JSON lines
  const child = spawn(binaryOf("workerd"), ["serve", "config.capnp", "--control-fd=3"], {
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe", "pipe"],
  });
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr])
    stream?.on("data", (chunk) => output.push(String(chunk)));
  const stop = () => stopProcess(child).finally(() => rmSync(dir, { recursive: true, force: true }));
  try {
    const port = await listeningPort(child, child.stdio[3] as Readable, () => output.join(""));
    return { url: `http://127.0.0.1:${port}`, close: stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function listeningPort(child: ChildProcess, control: Readable, output: () => string): Promise<number> {
  return new Promise((resolve, reject) => {
    let buffered = "";
    const timer = setTimeout(
      () => reject(new Error(`workerd did not listen within 20 s\n${output()}`)),
      20_000,
    );
    control.on("data", (chunk) => {
      buffered += String(chunk);
      for (const line of buffered.split("\n").slice(0, -1)) {
        const event = JSON.parse(line) as { event?: string; socket?: string; port?: number };
        if (event.event === "listen" && event.socket === "http" && event.port) {
          clearTimeout(timer);
          resolve(event.port);
        }
      }
      buffered = buffered.slice(buffered.lastIndexOf("\n") + 1);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`workerd exited (${code}) before listening\n${output()}`));
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
