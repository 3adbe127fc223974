/** Reads recordings: NDJSON files of `@clientele/core/record` exchanges, one per line. */
import { readFileSync } from "node:fs";
import type { RecordedExchange } from "@clientele/core/record";

/** The recording format this checker reads (`RECORDING_VERSION` of `@clientele/core/record`). */
export const RECORDING_VERSION = 1;

/** A recording that cannot be read: a usage error (exit code 2), not a finding. */
export class RecordingError extends Error {
  override name = "RecordingError";
}

export function readRecording(file: string): RecordedExchange[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new RecordingError(`cannot read ${file}: ${(error as Error).message}`);
  }
  return parseRecording(text, file);
}

export function parseRecording(text: string, file = "recording"): RecordedExchange[] {
  const exchanges: RecordedExchange[] = [];
  for (const [i, line] of text.split("\n").entries()) {
    if (!line.trim()) continue;
    let value: any;
    try {
      value = JSON.parse(line);
    } catch {
      throw new RecordingError(`${file}:${i + 1}: not a JSON line`);
    }
    if (value?.version !== RECORDING_VERSION)
      throw new RecordingError(
        `${file}:${i + 1}: recording version ${JSON.stringify(value?.version)}; this checker reads version ${RECORDING_VERSION}`,
      );
    if (
      typeof value.method != "string" ||
      typeof value.template != "string" ||
      typeof value.status != "number"
    )
      throw new RecordingError(`${file}:${i + 1}: an exchange needs method, template and status`);
    exchanges.push({
      query: {},
      headers: {},
      request: { headers: {} },
      personal: { mode: "keep", pointers: [] },
      ...value,
    });
  }
  return exchanges;
}
