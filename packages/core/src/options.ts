import { ValidationError } from "./errors.js";

/**
 * Checks of the options a consumer passes (client, call, walk, batch), made before anything is
 * sent: a wrong option fails at once with a `ValidationError` naming it, never silently. Each check
 * passes `undefined` (the option's default applies).
 */

const invalid = (field: string, rule: string, expected: string, value: unknown): never => {
  const shown = typeof value == "string" ? JSON.stringify(value.slice(0, 40)) : String(value);
  throw new ValidationError(`${field} must be ${expected}, got ${shown}`, field, rule);
};

/** A whole number from `min` up (a count: retries, concurrency). */
export function checkCount(value: unknown, field: string, min = 0): void {
  if (value !== undefined && !(Number.isInteger(value) && (value as number) >= min))
    invalid(field, "integer", `a whole number of at least ${min}`, value);
}

/** A duration in ms: a number from 0 up, `Infinity` allowed (no limit). */
export function checkMs(value: unknown, field: string): void {
  if (value !== undefined && !(typeof value == "number" && value >= 0))
    invalid(field, "minimum", "a number of milliseconds, 0 or more", value);
}

export function checkBoolean(value: unknown, field: string): void {
  if (value !== undefined && typeof value != "boolean") invalid(field, "type", "true or false", value);
}

export function checkFunction(value: unknown, field: string): void {
  if (value !== undefined && typeof value != "function") invalid(field, "type", "a function", value);
}

/** The `retry` option: `false`, a retry count, or a policy object whose every field is checked. */
export function checkRetry(value: unknown, field = "retry"): void {
  if (value === undefined || value === false) return;
  if (typeof value == "number") return checkCount(value, field);
  if (!value || typeof value != "object" || Array.isArray(value))
    return invalid(field, "type", "false, a number of retries or a retry policy", value);
  const policy = value as Record<string, unknown>;
  checkCount(policy.retries, `${field}.retries`);
  for (const name of ["baseDelayMs", "maxDelayMs", "maxRetryAfterMs"])
    checkMs(policy[name], `${field}.${name}`);
  const { statuses } = policy;
  if (
    statuses !== undefined &&
    !(Array.isArray(statuses) && statuses.every((s) => Number.isInteger(s) && s >= 100 && s <= 599))
  )
    invalid(`${field}.statuses`, "type", "a list of HTTP statuses (100–599)", statuses);
}

/** The per-call options every call, walk and batch takes. */
export function checkCallOptions(options: {
  retry?: unknown;
  timeoutMs?: unknown;
  deadlineMs?: unknown;
  signal?: unknown;
}): void {
  checkRetry(options.retry);
  checkMs(options.timeoutMs, "timeoutMs");
  checkMs(options.deadlineMs, "deadlineMs");
  const { signal } = options;
  if (signal !== undefined && !(typeof signal == "object" && signal && "aborted" in signal))
    invalid("signal", "type", "an AbortSignal", signal);
}
