/**
 * Parameters that core writes from typed values (`x-serialize: json` and `sort-keys`) also take
 * those values in the generated types: a JSON parameter its `contentSchema`, a sort parameter an
 * array of `{ field, order }`. Their text form stays accepted, as the spec describes it.
 */
import { mapParamSchemas } from "./map-params.ts";

type Obj = Record<string, any>;

const SORT_KEYS = {
  type: "array",
  items: {
    type: "object",
    required: ["field", "order"],
    properties: {
      field: { type: "string", description: "A property to sort by, e.g. `user.lastName`." },
      order: { type: "string", enum: ["asc", "desc"] },
    },
  },
};

/** The schema a parameter's type is made from: its own, or also the typed value core writes. */
function typed(p: Obj): Obj | undefined {
  const serialize = p["x-serialize"];
  if (serialize === "json" && p.schema?.contentSchema) return { oneOf: [p.schema, p.schema.contentSchema] };
  if (serialize === "sort-keys") return { oneOf: [p.schema ?? { type: "string" }, SORT_KEYS] };
  return undefined;
}

/** A copy of `doc` in which every parameter that core writes from a typed value takes that value too. */
export const markSerializedParams = (doc: Obj): Obj => mapParamSchemas(doc, (_, p) => typed(p));
