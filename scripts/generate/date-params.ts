/**
 * Parameters that take a point in time also take a `Date` in the generated types: core writes a
 * `Date` as the spec says (`x-serialize: epoch-ms` → epoch milliseconds, else an ISO 8601 string).
 * Only parameters: a response's `date-time` stays a `string`, which is what arrives.
 */
import ts from "typescript";
import { deref } from "../lib/pointer.ts";
import { mapParamSchemas } from "./map-params.ts";

type Obj = Record<string, any>;

/** The marker the type transform looks for; set on a copy of the spec, never written anywhere. */
const MARK = "x-clientele-accepts-date";

const isDateTime = (schema: Obj) => schema.format === "date-time";

/** A schema (or one branch of its `oneOf`/`anyOf`) that is a date-time, marked; others as given. */
function mark(doc: Obj, raw: unknown): unknown {
  const schema = deref<Obj>(doc, raw ?? {});
  if (isDateTime(schema)) return { ...schema, [MARK]: true };
  for (const key of ["oneOf", "anyOf"] as const)
    if (Array.isArray(schema[key]) && schema[key].some((b: unknown) => isDateTime(deref<Obj>(doc, b))))
      return { ...schema, [key]: schema[key].map((b: unknown) => mark(doc, b)) };
  return raw;
}

/** A copy of `doc` in which every parameter's date-time schema is inlined and marked. */
export function markDateParams(doc: Obj): Obj {
  return mapParamSchemas(doc, (copy, p) => {
    const schema = mark(copy, p.schema);
    return schema === p.schema ? undefined : schema;
  });
}

/** openapi-typescript's `transform`: a marked date-time is `string | Date`. */
export function dateParamType(schema: Obj): ts.TypeNode | undefined {
  if (!schema[MARK]) return undefined;
  const f = ts.factory;
  return f.createUnionTypeNode([
    f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
    f.createTypeReferenceNode("Date"),
  ]);
}
