import { isObject, type Obj } from "./types.ts";

/** Keywords that only document a schema; they never change what a value may be. */
export const DOC_KEYWORDS = [
  "description",
  "title",
  "summary",
  "example",
  "examples",
  "$comment",
  "externalDocs",
];

/**
 * Rewrites one (resolved) schema node into the single form the rules compare, without changing what it
 * accepts: `true`/absent → `{}`; `allOf` merged; `const` → one-value `enum`; 3.0's `nullable: true`, a
 * `{type: "null"}` member of `anyOf`/`oneOf` and a `null` in `type` all become `nullable`; a union left with
 * one member is that member. Only the node itself is rewritten; its children are normalised when visited.
 */
export function normalizeSchema(schema: unknown): Obj {
  if (!isObject(schema)) return schema === false ? { not: {} } : {};
  let out: Obj = { ...schema };
  if (Array.isArray(out.allOf)) out = mergeAllOf(out);
  if ("const" in out) {
    out.enum = [out.const];
    delete out.const;
  }
  out = liftNullability(out);
  return liftNullVariants(out);
}

function mergeAllOf(schema: Obj): Obj {
  const { allOf, ...rest } = schema;
  const merged: Obj = { ...rest };
  for (const member of (allOf as unknown[]).map(normalizeSchema)) {
    for (const [key, value] of Object.entries(member)) {
      if (key === "properties") merged.properties = { ...merged.properties, ...value };
      else if (key === "required") merged.required = [...new Set([...(merged.required ?? []), ...value])];
      else if (!(key in merged)) merged[key] = value;
    }
  }
  return merged;
}

/** `type: [string, "null"]` / `nullable: true` / a `null` enum value → `type: [string]` + `nullable: true`. */
function liftNullability(schema: Obj): Obj {
  const types = typeList(schema);
  const nullable =
    schema.nullable === true ||
    types?.includes("null") ||
    (Array.isArray(schema.enum) && schema.enum.includes(null));
  const out: Obj = { ...schema };
  delete out.nullable;
  if (types) out.type = types.filter((t) => t !== "null");
  if (Array.isArray(out.enum)) out.enum = out.enum.filter((v: unknown) => v !== null);
  if (nullable) out.nullable = true;
  return out;
}

function liftNullVariants(schema: Obj): Obj {
  for (const key of ["anyOf", "oneOf"]) {
    if (!Array.isArray(schema[key])) continue;
    const members = (schema[key] as unknown[]).map(normalizeSchema);
    const rest = members.filter((m) => !isOnlyNull(m));
    const nullable = rest.length < members.length || schema.nullable === true;
    const { [key]: _, ...outer } = schema;
    if (rest.length === 1)
      return { ...rest[0], ...outer, ...(nullable || rest[0]!.nullable ? { nullable: true } : {}) };
    return { ...outer, [key]: rest, ...(nullable ? { nullable: true } : {}) };
  }
  return schema;
}

function isOnlyNull(schema: Obj): boolean {
  const meaningful = Object.keys(schema).filter((k) => !DOC_KEYWORDS.includes(k));
  return (
    meaningful.every((k) => k === "type" || k === "nullable") &&
    schema.nullable === true &&
    !schema.type?.length
  );
}

/** The declared types as a list, or `undefined` when the schema declares none. */
export function typeList(schema: Obj): string[] | undefined {
  if (typeof schema.type === "string") return [schema.type];
  return Array.isArray(schema.type) ? [...schema.type] : undefined;
}

/** The members of a union (`anyOf` or `oneOf`), or `undefined` for a schema that is not one. */
export const variantsOf = (schema: Obj): Obj[] | undefined =>
  Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined;

/** A key identifying what a schema accepts, blind to documentation keywords (not to properties so named). */
export const shapeKey = (schema: unknown): string => JSON.stringify(withoutDocs(schema));

function withoutDocs(node: unknown, isNameMap = false): unknown {
  if (Array.isArray(node)) return node.map((item) => withoutDocs(item));
  if (!isObject(node)) return node;
  const out: Obj = {};
  for (const [key, value] of Object.entries(node)) {
    if (!isNameMap && DOC_KEYWORDS.includes(key)) continue;
    out[key] = withoutDocs(value, !isNameMap && (key === "properties" || key === "patternProperties"));
  }
  return out;
}
