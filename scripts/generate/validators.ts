/**
 * The response validators of one spec, as ajv standalone code: one function per documented JSON
 * response (and one per component schema they reference), emitted as an ES module that needs no
 * ajv at run time. Each error's `schemaPath` is rewritten to the JSON pointer of the schema in the
 * spec file, so that core can say where the spec and a response disagree.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import { _ } from "ajv/dist/compile/codegen/index.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { schemaFormats } from "../../packages/core/src/spec/schema-formats.ts";
import { deref } from "../lib/pointer.ts";

type Obj = Record<string, any>;
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
const ID = "spec";

/** Keywords that validate nothing: dropped from the copy that is compiled, so the code embeds no prose. */
const ANNOTATIONS = new Set([
  "description",
  "title",
  "examples",
  "example",
  "externalDocs",
  "deprecated",
  "readOnly",
  "writeOnly",
  "discriminator",
  "xml",
  "$comment",
]);
/** Keywords whose value is one schema, and those whose value is a list or a map of schemas. */
const ONE = ["items", "additionalProperties", "unevaluatedProperties", "not", "if", "then", "else"];
const ONE_MORE = ["contains", "propertyNames", "unevaluatedItems"];
const LIST = ["allOf", "anyOf", "oneOf", "prefixItems"];
const MAP = ["properties", "patternProperties", "$defs", "dependentSchemas"];

const escape = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

/**
 * A schema without annotations and `x-` extensions, and closed where the spec is silent: an object
 * schema that lists `properties` and says nothing of others gets `additionalProperties: false`
 * (`unevaluatedProperties: false` for an `allOf`), so a property the spec does not mention is
 * reported as undocumented. `additionalProperties: true` keeps an object open. A schema used as a
 * branch of `allOf` stays open (its siblings add properties); the `allOf` holding it is closed.
 */
function prepare(schema: unknown, open: Set<unknown>): unknown {
  if (!schema || typeof schema != "object" || Array.isArray(schema)) return schema;
  const src = schema as Obj;
  const out: Obj = {};
  for (const [key, value] of Object.entries(src)) {
    if (ANNOTATIONS.has(key) || key.startsWith("x-")) continue;
    if (ONE.includes(key) || ONE_MORE.includes(key)) out[key] = prepare(value, open);
    else if (LIST.includes(key) && Array.isArray(value))
      out[key] = value.map((v) => prepare(v, key == "allOf" ? new Set([...open, v]) : open));
    else if (MAP.includes(key) && value && typeof value == "object")
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, prepare(v, open)]));
    else out[key] = value;
  }
  const silent = !("additionalProperties" in src) && !("unevaluatedProperties" in src);
  if (!silent || open.has(schema)) return out;
  // additionalProperties is cheaper; it cannot see properties another subschema declares
  const composite = ["allOf", "anyOf", "oneOf", "$ref"].some((k) => k in src);
  if ("properties" in src && !composite) out.additionalProperties = false;
  else if ("allOf" in src) out.unevaluatedProperties = false;
  return out;
}

/** Component schemas used as `allOf` branches anywhere: they stay open. */
function allOfBranches(doc: Obj): Set<unknown> {
  const branches = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (!node || typeof node != "object") return;
    if (Array.isArray(node)) return node.forEach(visit);
    const obj = node as Obj;
    if (Array.isArray(obj.allOf))
      for (const branch of obj.allOf) branches.add(branch?.$ref ? deref(doc, branch) : branch);
    Object.values(obj).forEach(visit);
  };
  visit(doc.components?.schemas);
  visit(doc.paths);
  return branches;
}

/** One documented response of one operation: its status key and the pointer of its JSON schema. */
export interface ResponseEntry {
  operation: string;
  status: string;
  /** The schema's pointer in the spec (after following `$ref`s to responses), or null: no JSON body. */
  schema: string | null;
}

/** Every documented response of every operation, in the spec's order. */
export function listResponses(doc: Obj): ResponseEntry[] {
  const entries: ResponseEntry[] = [];
  for (const [path, rawItem] of Object.entries<Obj>(doc.paths ?? {})) {
    const item = deref<Obj>(doc, rawItem);
    for (const method of METHODS) {
      const op = item[method] as Obj | undefined;
      if (!op) continue;
      const operation = `${method.toUpperCase()} ${path}`;
      for (const [status, raw] of Object.entries<Obj>(op.responses ?? {})) {
        let pointer = `/paths/${escape(path)}/${method}/responses/${escape(status)}`;
        let response = raw;
        for (let hops = 0; typeof response?.$ref == "string" && hops < 32; hops++) {
          pointer = response.$ref.slice(1);
          response = deref(doc, { $ref: response.$ref });
        }
        const type = Object.keys(response?.content ?? {}).find((t) =>
          /^application\/([\w.-]+\+)?json/.test(t),
        );
        let schema = type ? response.content[type].schema : undefined;
        pointer = `${pointer}/content/${escape(type ?? "")}/schema`;
        // a schema that is only a $ref is the schema it names (compiled once, reported by its name)
        for (let hops = 0; schema?.$ref && Object.keys(schema).length == 1 && hops < 32; hops++) {
          pointer = schema.$ref.slice(1);
          schema = deref(doc, { $ref: schema.$ref });
        }
        entries.push({ operation, status, schema: schema ? pointer : null });
      }
    }
  }
  return entries;
}

/** The prepared copy of the spec that is compiled: the same pointers, schemas only. */
function compiledDocument(doc: Obj, roots: string[]): Obj {
  const open = allOfBranches(doc);
  const schemas = doc.components?.schemas ?? {};
  const responses = doc.components?.responses ?? {};
  const withSchemas = (content: Obj | undefined) =>
    content &&
    Object.fromEntries(
      Object.entries<Obj>(content).map(([type, media]) => [type, { schema: prepare(media.schema, open) }]),
    );
  const paths: Obj = {};
  for (const [path, rawItem] of Object.entries<Obj>(doc.paths ?? {})) {
    const item = rawItem;
    paths[path] = {};
    for (const method of METHODS) {
      const op = item[method] as Obj | undefined;
      if (!op?.responses) continue;
      paths[path][method] = {
        responses: Object.fromEntries(
          Object.entries<Obj>(op.responses).map(([status, r]) => [
            status,
            r.$ref ? { $ref: r.$ref } : { content: withSchemas(r.content) },
          ]),
        ),
      };
    }
  }
  return {
    $id: ID,
    // compiling the document compiles each response schema once, with the schemas they share
    anyOf: roots.map((pointer) => ({ $ref: `#${pointer}` })),
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).map(([k, v]) => [k, prepare(v, open)])),
      responses: Object.fromEntries(
        Object.entries<Obj>(responses).map(([k, r]) => [k, { content: withSchemas(r.content) }]),
      ),
    },
  };
}

/** Formats that annotate numbers: nothing to check. */
const NUMBER_FORMATS = ["int", "int32", "int64", "float", "double"];

/** Runtime helpers ajv's code would `require`, written out (the packages do not depend on ajv). */
const RUNTIME: Record<string, string> = {
  'require("ajv/dist/runtime/ucs2length").default': "(s) => { let n = 0; for (const _ of s) n++; return n; }",
};

/**
 * The module: ajv's standalone code for every documented JSON response, each function's error
 * paths made absolute (the spec pointer of the schema it was compiled from), and the table core
 * reads: operation → status key → validator (or null for a response without a JSON body).
 */
export function emitValidators(provider: string, doc: Obj, banner: string): string {
  const warnings: string[] = [];
  const ajv = new Ajv2020({
    strict: false,
    logger: { log: () => {}, warn: (m: unknown) => void warnings.push(String(m)), error: () => {} },
    allErrors: true,
    inlineRefs: false,
    formats: schemaFormats,
    code: { source: true, esm: true, lines: false, formats: _`schemaFormats` },
  });
  for (const name of NUMBER_FORMATS) ajv.addFormat(name, true);
  const entries = listResponses(doc);
  const names = new Map<string, string>();
  for (const { schema } of entries) if (schema && !names.has(schema)) names.set(schema, `r${names.size}`);
  ajv.addSchema(compiledDocument(doc, [...names.keys()]));
  ajv.getSchema(ID);
  const envs = compiledRefs(ajv);
  // standaloneCode exports schemas by id: each compiled response schema is registered under its name
  const registry = (ajv as unknown as { refs: Record<string, CompiledRef> }).refs;
  const exports: Record<string, string> = {};
  for (const [pointer, name] of names) {
    const env = envs.get(pointer);
    if (typeof env?.validate != "function") throw new Error(`${provider}: ${pointer} was not compiled`);
    registry[`#${name}`] = env;
    exports[name] = `#${name}`;
  }
  let code: string = (standaloneCode as unknown as (a: Ajv2020, r: object) => string)(ajv, exports);
  const unknown = warnings.find((w) => w.includes("unknown format"));
  if (unknown) throw new Error(`${provider}: ${unknown}; add it to core's schema-formats.ts`);
  for (const [from, to] of Object.entries(RUNTIME)) code = code.split(from).join(to);
  const left = /require\("[^"]+"\)/.exec(code);
  if (left) throw new Error(`${provider}: the validators need a runtime helper not written out: ${left[0]}`);
  code = absolutePaths(code, envs);
  const table: Record<string, Record<string, string>> = {};
  for (const { operation, status, schema } of entries)
    (table[operation] ??= {})[status] = schema ? names.get(schema)! : "null";
  const rows = Object.entries(table)
    .map(([op, statuses]) => {
      const cells = Object.entries(statuses).map(([s, v]) => `${JSON.stringify(s)}: ${v}`);
      return `  ${JSON.stringify(op)}: { ${cells.join(", ")} },`;
    })
    .join("\n");
  return `${banner}// @ts-nocheck
import { responseValidators, schemaFormats } from "@clientele/core";

${code.replace(/^"use strict";/, "").replace(/export const (r\d+) = /g, "const $1 = ")}

export const validators = /* @__PURE__ */ responseValidators(${JSON.stringify(provider)}, "specs/${provider}/openapi.yaml", {
${rows}
});
`;
}

interface CompiledRef {
  validate: unknown;
  validateName?: { str: string };
}

/** The schemas compiling the document compiled, by pointer. */
function compiledRefs(ajv: Ajv2020): Map<string, CompiledRef> {
  const root = (ajv as unknown as { schemas: Record<string, { refs: Record<string, CompiledRef> }> }).schemas[
    ID
  ]!;
  return new Map(
    Object.entries(root.refs).map(([ref, env]) => [decodeURIComponent(ref.slice(ID.length + 1)), env]),
  );
}

/**
 * Rewrites `schemaPath:"#…"` inside each compiled function to the pointer of the schema the
 * function validates: ajv reports paths relative to the function's own schema.
 */
function absolutePaths(code: string, envs: Map<string, CompiledRef>): string {
  const pointers = new Map<string, string>();
  for (const [pointer, env] of envs) if (env.validateName) pointers.set(env.validateName.str, pointer);
  return code.replace(/function (validate\d+)\(.*?(?=function validate\d+\(|$)/gs, (fn, name: string) => {
    const pointer = pointers.get(name);
    if (pointer === undefined) throw new Error(`no spec pointer for ${name}`);
    return fn.replace(/schemaPath:"#/g, `schemaPath:"#${pointer}`);
  });
}
