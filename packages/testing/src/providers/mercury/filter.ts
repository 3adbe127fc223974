/** One entry of the `filters` parameter, after it parsed. */
export interface Filter {
  readonly mode: "include" | "exclude";
  readonly field: string;
  readonly operator: string;
  readonly value: string | number | boolean | null;
}

type Scalar = Filter["value"];
type Test = (actual: unknown, expected: Scalar) => boolean;

const sameType = (a: unknown, b: unknown): boolean =>
  (typeof a === "number" || typeof a === "string") && typeof a === typeof b;
const strings = (a: unknown, b: unknown): a is string => typeof a === "string" && typeof b === "string";

/**
 * Only `=` is documented. The others are the spec's "plausible, unverified" set, implemented the
 * obvious way so that a test can use them; anything else is a 400.
 */
const TESTS: Record<string, Test> = {
  "=": (a, b) => a === b,
  "!=": (a, b) => a !== b,
  "<": (a, b) => sameType(a, b) && (a as number) < (b as number),
  "<=": (a, b) => sameType(a, b) && (a as number) <= (b as number),
  ">": (a, b) => sameType(a, b) && (a as number) > (b as number),
  ">=": (a, b) => sameType(a, b) && (a as number) >= (b as number),
  contains: (a, b) => strings(a, b) && a.includes(b as string),
  startsWith: (a, b) => strings(a, b) && a.startsWith(b as string),
  exists: (a) => a !== undefined && a !== null,
};

export function isOperator(operator: string): boolean {
  return Object.hasOwn(TESTS, operator);
}

/**
 * The value of a property by its dotted key: flat (`{"user.company": …}`, as in the documented
 * example) first, then as a path into nested objects (`{user: {company: …}}`).
 */
export function valueAt(properties: Record<string, unknown>, field: string): unknown {
  if (Object.hasOwn(properties, field)) return properties[field];
  let node: unknown = properties;
  for (const part of field.split(".")) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Whether a user passes every filter (AND, inferred): `include` keeps matches, `exclude` the rest. */
export function passesAll(properties: Record<string, unknown>, filters: readonly Filter[]): boolean {
  return filters.every(
    (f) => TESTS[f.operator]!(valueAt(properties, f.field), f.value) === (f.mode === "include"),
  );
}
