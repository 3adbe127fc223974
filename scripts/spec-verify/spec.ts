/**
 * A provider's spec as `spec:verify` reads it: the parsed document, its operations, JSON pointers
 * resolved through `$ref`, and ajv (JSON Schema 2020-12, OpenAPI 3.1's dialect) validators of any
 * schema in it, whose errors point into the document itself.
 */
import { readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import { escapeSegment, unescapeSegment } from "../lib/pointer.ts";

export type Obj = Record<string, any>;

export const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

/** A pointer with more segments (RFC 6901 escaped). */
export const join = (pointer: string, ...keys: (string | number)[]) =>
  pointer + keys.map((k) => `/${escapeSegment(String(k))}`).join("");

/** The value at a pointer (`/a/b`), or undefined. */
export function at(value: unknown, pointer: string): unknown {
  if (!pointer) return value;
  let node: any = value;
  for (const part of pointer.slice(1).split("/")) {
    if (node == null || typeof node != "object") return undefined;
    node = node[unescapeSegment(part)];
  }
  return node;
}

export interface Operation {
  readonly method: string;
  readonly template: string;
  /** `/paths/~1users/get` */
  readonly pointer: string;
  readonly node: Obj;
}

export interface Spec {
  readonly file: string;
  readonly doc: Obj;
  operation(method: string, template: string): Operation | undefined;
  /** Follows `$ref`s from a pointer: the node and the pointer it was found at. */
  resolve(pointer: string): { node: any; pointer: string };
  /** ajv's errors of a value against the schema at a pointer (empty when valid); `schemaPath` is a pointer into the spec. */
  validate(pointer: string, value: unknown): ErrorObject[];
}

export function loadSpec(file: string): Spec {
  const doc = parse(readFileSync(file, "utf8")) as Obj;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true, verbose: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema({ ...doc, $id: "spec" });
  const compiled = new Map<string, ValidateFunction>();
  const pointers = indexPointers(doc);
  const resolve = (pointer: string, depth = 0): { node: any; pointer: string } => {
    const node = at(doc, pointer) as any;
    if (typeof node?.$ref == "string" && node.$ref.startsWith("#") && depth < 32)
      return resolve(node.$ref.slice(1), depth + 1);
    return { node, pointer };
  };
  return {
    file,
    doc,
    operation(method, template) {
      const m = method.toLowerCase();
      const node = doc.paths?.[template]?.[m];
      return node ? { method: m, template, pointer: join("/paths", template, m), node } : undefined;
    },
    resolve,
    validate(pointer, value) {
      let validate = compiled.get(pointer);
      if (!validate) compiled.set(pointer, (validate = ajv.compile({ $ref: `spec#${pointer}` })));
      if (validate(value)) return [];
      // ajv's schemaPath is relative to whichever schema it compiled apart, so the schema is found by
      // identity instead (ajv keeps the document's objects): `schemaPath` becomes `<its pointer>/<keyword>`
      return (validate.errors ?? []).map((e) => {
        const owner = pointers.get(e.parentSchema as object);
        return owner === undefined ? e : { ...e, schemaPath: `${owner}/${e.keyword}` };
      });
    },
  };
}

/** The JSON pointer of every object in a document, by identity. */
function indexPointers(doc: Obj): Map<object, string> {
  const index = new Map<object, string>();
  const visit = (node: unknown, pointer: string) => {
    if (!node || typeof node != "object" || index.has(node)) return;
    index.set(node, pointer);
    for (const [key, value] of Object.entries(node)) visit(value, join(pointer, key));
  };
  visit(doc, "");
  return index;
}
