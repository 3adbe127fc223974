/**
 * A copy of a spec in which some parameters' schemas are replaced, for the generated types only
 * (what a parameter also takes, such as a `Date`); never written anywhere.
 */
import { deref } from "../lib/pointer.ts";

type Obj = Record<string, any>;

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * A copy of `doc` with each parameter's schema replaced by what `replace` returns for it (given the
 * copy and the dereferenced parameter); `undefined` keeps the parameter as it is.
 */
export function mapParamSchemas(doc: Obj, replace: (copy: Obj, param: Obj) => unknown): Obj {
  const copy = structuredClone(doc);
  const fix = (params: unknown[] | undefined) =>
    params?.map((raw) => {
      const p = deref<Obj>(copy, raw);
      const schema = replace(copy, p);
      return schema === undefined ? raw : { ...p, schema };
    });
  for (const item of Object.values<Obj>(copy.paths ?? {})) {
    if (item.parameters) item.parameters = fix(item.parameters);
    for (const m of METHODS) if (item[m]?.parameters) item[m].parameters = fix(item[m].parameters);
  }
  return copy;
}
