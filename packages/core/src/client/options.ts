import { invalidField, shown } from "../errors/invalid.js";

/**
 * Checks of the options a consumer passes (client, call, walk, batch), made before anything is
 * sent: a wrong option fails at once with a `ValidationError` naming it, never silently. Each check
 * passes `undefined` (the option's default applies).
 */

/** The longest backoff bound: what one timer holds. */
const MAX_DELAY = 2 ** 31 - 1;

/** The most retries a call may be given. */
export const MAX_RETRIES = 100;

/** What a kind of option must be: a test of the value, and the words of the error. */
const KINDS = {
  /** A duration in ms: 0 or more, `Infinity` allowed (no limit). */
  ms: [(v: any) => typeof v == "number" && v >= 0, "a number of milliseconds, 0 or more"],
  /** A backoff bound: finite, and no longer than a timer holds (about 24.8 days). */
  delay: [
    (v: any) => typeof v == "number" && v >= 0 && v <= MAX_DELAY,
    "a number of milliseconds from 0 to 2147483647",
  ],
  count: [(v: any) => Number.isInteger(v) && v >= 0, "a whole number, 0 or more"],
  /** Retries: a client that retries a failing server thousands of times is an attack on it, not resilience. */
  retries: [
    (v: any) => Number.isInteger(v) && v >= 0 && v <= MAX_RETRIES,
    `a whole number from 0 to ${MAX_RETRIES}`,
  ],
  positive: [(v: any) => Number.isInteger(v) && v > 0, "a whole number, 1 or more"],
  boolean: [(v: any) => typeof v == "boolean", "true or false"],
  function: [(v: any) => typeof v == "function", "a function"],
  object: [(v: any) => v && typeof v == "object" && !Array.isArray(v), "an object"],
  statuses: [
    (v: any) => Array.isArray(v) && v.every((s) => Number.isInteger(s) && s >= 100 && s <= 599),
    "a list of HTTP statuses",
  ],
  signal: [(v: any) => v instanceof Object && "aborted" in v, "an AbortSignal"],
} as const satisfies Record<string, readonly [(value: any) => boolean, string]>;

export type OptionKind = keyof typeof KINDS;

/** Checks `value` (when given) against its kind; the error names `field`. */
export function check(value: unknown, field: string, kind: OptionKind): void {
  const [passes, expected] = KINDS[kind];
  if (value !== undefined && !passes(value))
    invalidField(
      field,
      kind,
      `must be ${expected}, got ${typeof value == "string" ? JSON.stringify(value.slice(0, 40)) : shown(value)}`,
    );
}

const RETRY_FIELDS = [
  ["retries", "retries"],
  ["baseDelayMs", "delay"],
  ["maxDelayMs", "delay"],
  ["maxRetryAfterMs", "ms"],
  ["statuses", "statuses"],
] as const;

/** The per-call options every call, walk and batch takes: `retry`, `timeoutMs`, `deadlineMs`, `signal`. */
export function checkCallOptions({ retry, timeoutMs, deadlineMs, signal }: Record<string, unknown>): void {
  if (typeof retry == "number") check(retry, "retry", "retries");
  // most calls give no retry option: its fields are not looked at then
  else if (retry !== false && retry !== undefined) {
    check(retry, "retry", "object");
    for (const [name, kind] of RETRY_FIELDS) check((retry as any)?.[name], `retry.${name}`, kind);
  }
  check(timeoutMs, "timeoutMs", "ms");
  check(deadlineMs, "deadlineMs", "ms");
  check(signal, "signal", "signal");
}
