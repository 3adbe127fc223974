/** The machine a run measured, for the report's header. */
import { cpus, loadavg, release, totalmem, type as osType } from "node:os";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  os: string;
  /** 1-minute load average when the run started: how busy the shared machine was. */
  loadAtStart: number;
}

export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? "unknown",
    cores: list.length,
    memoryGB: totalmem() / 2 ** 30,
    node: process.version,
    os: `${osType()} ${release()}`,
    loadAtStart: loadavg()[0]!,
  };
}
