import { ValidationError } from "./classes.js";

/** Throws the `ValidationError` of `field` breaking `rule`, with `message` as it is. */
export function invalid(field: string, rule: string, message: string): never {
  throw new ValidationError(message, field, rule);
}

/** Throws the `ValidationError` of `field` breaking `rule`; the message is the field's name, then `problem`. */
export function invalidField(field: string, rule: string, problem: string): never {
  return invalid(field, rule, `${field} ${problem}`);
}

/**
 * A given value as the text of an error message, whatever it is: it never throws, so a hostile
 * value (a null-prototype object, a `toString` that throws) is refused with the `ValidationError`
 * meant for it, not a `TypeError` from printing it.
 */
export function shown(value: unknown): string {
  try {
    return String(value);
  } catch {
    return typeof value == "object" ? "an object that cannot be printed" : typeof value;
  }
}
