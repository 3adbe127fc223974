import { deref, segmentsOf } from "../lib/pointer.ts";

type Schema = Record<string, unknown>;
const SCHEMA_REF = /^#\/components\/schemas\/([^/]+)$/;

/**
 * Finds the TypeScript type of the items a paginated operation yields, by walking the `items`
 * pointer(s) of its `x-pagination` through the 200 response schema (following `$ref`, `oneOf`,
 * `anyOf` and `allOf`). Items must be named component schemas; anything else is `unknown`.
 */
export function itemTypeOf(doc: unknown, responseSchema: unknown, items: string | string[]): string {
  const pointers = Array.isArray(items) ? items : [items];
  const names = new Set<string>();
  for (const pointer of pointers) {
    const segments = segmentsOf(pointer);
    for (const array of walk(doc, responseSchema, segments)) {
      const item = (array as Schema).items as Schema | undefined;
      const match = typeof item?.$ref === "string" ? SCHEMA_REF.exec(item.$ref) : null;
      if (match) names.add(`components["schemas"][${JSON.stringify(match[1])}]`);
    }
  }
  return names.size ? [...names].sort().join(" | ") : "unknown";
}

function* walk(doc: unknown, node: unknown, segments: string[]): Generator<unknown> {
  const schema = deref<Schema>(doc, node);
  if (!schema) return;
  for (const key of ["oneOf", "anyOf", "allOf"]) {
    for (const branch of (schema[key] as unknown[] | undefined) ?? []) yield* walk(doc, branch, segments);
  }
  const [head, ...rest] = segments;
  if (head === undefined) {
    if (schema.type === "array" || (Array.isArray(schema.type) && schema.type.includes("array")))
      yield schema;
    return;
  }
  const child = (schema.properties as Record<string, unknown> | undefined)?.[head];
  if (child) yield* walk(doc, child, rest);
}
