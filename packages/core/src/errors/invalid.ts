import { ValidationError } from "./classes.js";

/** Throws the `ValidationError` of `field` breaking `rule`, with `message` as it is. */
export function invalid(field: string, rule: string, message: string): never {
  throw new ValidationError(message, field, rule);
}

/** Throws the `ValidationError` of `field` breaking `rule`; the message is the field's name, then `problem`. */
export function invalidField(field: string, rule: string, problem: string): never {
  return invalid(field, rule, `${field} ${problem}`);
}
