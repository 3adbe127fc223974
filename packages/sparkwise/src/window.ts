import { ValidationError } from "@clientele/core";

/** A half-open time window: `from` inclusive, `to` exclusive; `Date`s or ISO 8601 strings. */
export interface TimeWindow {
  from?: Date | string;
  to?: Date | string;
}

/** An ISO 8601 date, or a date-time with an offset (`Z` or ±hh:mm): never a local time. */
const ISO = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2}))?$/;

/**
 * The window as the query the API takes: each bound as a UTC date-time with a `Z` (what the spec
 * asks for). A string must be ISO 8601; a date-time without an offset is refused, because its
 * instant depends on the machine's time zone. `from < to` is checked by the client from the spec.
 */
export function windowQuery(window: TimeWindow = {}): { from?: string; to?: string } {
  const query: { from?: string; to?: string } = {};
  for (const name of ["from", "to"] as const) {
    const value = window[name] as Date | string | null | undefined;
    if (value != null) query[name] = instant(`query.${name}`, value);
  }
  return query;
}

function instant(field: string, value: Date | string): string {
  const ms =
    value instanceof Date
      ? value.getTime()
      : typeof value == "string" && ISO.test(value)
        ? Date.parse(value)
        : NaN;
  if (Number.isNaN(ms)) {
    const shown = value instanceof Date ? "an invalid Date" : JSON.stringify(value);
    throw new ValidationError(
      `${field} must be a valid Date or an ISO 8601 date-time with an offset, e.g. 2024-01-01T00:00:00Z (got ${shown})`,
      field,
      "format",
    );
  }
  return new Date(ms).toISOString();
}
