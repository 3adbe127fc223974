import { ValidationError } from "@clientele/core";

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?$/;

/**
 * Converts `lastInteractionTime` (`2020-03-17 16:54:06.0`: no time zone, a fraction of 1–9
 * digits) to a `Date`. Mercury does not document the zone; this assumes UTC.
 */
export function parseLastInteractionTime(value: string): Date {
  const match = TIMESTAMP.exec(value);
  if (!match)
    throw new ValidationError(
      `lastInteractionTime must look like "2020-03-17 16:54:06.0" (got ${JSON.stringify(value)})`,
      "lastInteractionTime",
      "pattern",
    );
  const millis = (match[3] ?? "0").padEnd(3, "0").slice(0, 3);
  return new Date(`${match[1]}T${match[2]}.${millis}Z`);
}
