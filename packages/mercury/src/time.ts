import { ValidationError } from "@clientele/core";

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?$/;

/**
 * Converts a `lastInteractionTime` (`2020-03-17 16:54:06.0`: Java `Timestamp` style, a space
 * instead of `T`, no zone, a fraction of 1–9 digits) to a `Date`.
 *
 * **Assumes UTC.** Mercury does not say which zone the time is in; UTC is the inference the spec
 * records. If your project turns out to report local server time, shift the result yourself.
 * A `Date` holds milliseconds: digits after the third are dropped (truncated, not rounded).
 *
 * Throws a `ValidationError` (field `lastInteractionTime`) for any other format and for times
 * that do not exist (`2021-02-29`, `24:00:00`), instead of letting `Date` roll them over.
 * @example parseLastInteractionTime("2020-03-17 16:54:06.25").toISOString() // "2020-03-17T16:54:06.250Z"
 */
export function parseLastInteractionTime(value: string): Date {
  const match = typeof value == "string" ? TIMESTAMP.exec(value) : null;
  if (!match) return invalid(value, "pattern", 'must look like "2020-03-17 16:54:06.0"');
  const [year, month, day, hours, minutes, seconds] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Number((match[7] ?? "0").padEnd(3, "0").slice(0, 3));
  const date = new Date(Date.UTC(2000, month - 1, day, hours, minutes, seconds, ms));
  date.setUTCFullYear(year); // Date.UTC reads years 0–99 as 1900–1999
  const real =
    date.getUTCFullYear() == year &&
    date.getUTCMonth() == month - 1 &&
    date.getUTCDate() == day &&
    date.getUTCHours() == hours &&
    date.getUTCMinutes() == minutes &&
    date.getUTCSeconds() == seconds;
  return real ? date : invalid(value, "date", "is not a real date and time");
}

function invalid(value: unknown, rule: string, message: string): never {
  const shown = typeof value == "string" ? JSON.stringify(value.slice(0, 40)) : typeof value;
  throw new ValidationError(`lastInteractionTime ${message} (got ${shown})`, "lastInteractionTime", rule);
}
