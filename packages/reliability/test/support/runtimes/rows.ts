import { fileURLToPath } from "node:url";
import type { RuntimePackage } from "./binaries";

/** The repository: Deno may read the packages below it, and nothing else. */
const ROOT = fileURLToPath(new URL("../../../../..", import.meta.url));

/** A runtime that runs a program and resolves the packages itself, from ESM and from CommonJS. */
export interface ProgramRuntime {
  readonly id: RuntimePackage;
  readonly label: string;
  /** Arguments before the program's path. */
  readonly args: readonly string[];
}

export const PROGRAMS: readonly ProgramRuntime[] = [
  { id: "node-20", label: "Node.js 20", args: [] },
  { id: "node-22", label: "Node.js 22", args: [] },
  { id: "node-24", label: "Node.js 24", args: [] },
  // never installs a missing package on the fly
  { id: "bun", label: "Bun", args: ["--no-install"] },
  {
    id: "deno",
    label: "Deno",
    // the repository's node_modules as they are, no remote module, the fakes' host and nothing more
    args: [
      "run",
      "--no-prompt",
      "--no-config",
      "--no-lock",
      "--no-remote",
      "--node-modules-dir=manual",
      "--allow-net=127.0.0.1",
      `--allow-read=${ROOT}`,
    ],
  },
];

export const FORMATS = ["esm", "cjs"] as const;
export type Format = (typeof FORMATS)[number];
