/**
 * A body against its schema: ajv's errors, each located at the schema in the spec that it breaks;
 * properties the schema does not document; and which documented alternative (`anyOf`/`oneOf`
 * branch) the body took. For an alternative that no branch matches, the errors are those of the
 * branch the body comes closest to (fewest errors), not of every branch.
 */
import type { ErrorObject } from "ajv/dist/2020.js";
import { type ExchangeResult, type Finding, type Shape, describeValue, jsonType } from "./finding.ts";
import { type Spec, at, join } from "./spec.ts";

/** Keywords about a value's content, which a hashed or dropped personal value may break. */
const CONTENT = new Set([
  "format",
  "pattern",
  "minLength",
  "maxLength",
  "enum",
  "const",
  "minimum",
  "maximum",
]);

/**
 * Findings and shapes of a body against the schema at `pointer`. `personal` says which values the
 * recorder hashed or dropped: a hashed value is not held to its format, pattern, length, bounds or
 * enum, and a dropped one is not missing.
 */
export function checkBody(
  spec: Spec,
  pointer: string,
  body: unknown,
  personal: { readonly mode: string; readonly pointers: readonly string[] } = { mode: "keep", pointers: [] },
): ExchangeResult {
  const hidden = new Set(personal.pointers);
  const dropped = personal.mode == "drop" ? hidden : new Set<string>();
  const findings = settle(spec, spec.validate(pointer, body), body)
    .filter((e) => !(hidden.has(e.instancePath) && CONTENT.has(e.keyword)))
    .filter((e) => !(e.keyword == "required" && dropped.has(join(e.instancePath, e.params.missingProperty))))
    .map((e) => toFinding(spec, e, body));
  const shapes: Shape[] = [];
  walk(spec, pointer, body, "", findings, shapes, 0);
  return { findings, shapes };
}

/** Replaces each failed `anyOf`/`oneOf` (outermost first) by the errors of its closest branch. */
function settle(spec: Spec, errors: ErrorObject[], body: unknown, base = ""): ErrorObject[] {
  const all = errors.map((e) => ({ ...e, instancePath: base + e.instancePath }));
  const alternatives = all
    .filter((e) => (e.keyword == "anyOf" || e.keyword == "oneOf") && !Array.isArray(e.params.passingSchemas))
    .sort((a, b) => a.instancePath.length - b.instancePath.length);
  let out = all.filter((e) => !alternatives.includes(e));
  const settled: string[] = [];
  for (const alt of alternatives) {
    const inside = (path: string) => path === alt.instancePath || path.startsWith(`${alt.instancePath}/`);
    if (settled.some((s) => alt.instancePath === s || alt.instancePath.startsWith(`${s}/`))) continue;
    settled.push(alt.instancePath);
    out = out.filter((e) => !inside(e.instancePath));
    const value = at(body, alt.instancePath);
    const branches = (at(spec.doc, alt.schemaPath) as unknown[] | undefined) ?? [];
    let best: ErrorObject[] | undefined;
    for (const i of branches.keys()) {
      const errors = settle(spec, spec.validate(`${alt.schemaPath}/${i}`, value), body, alt.instancePath);
      if (!best || closer(errors, best, alt.instancePath)) best = errors;
    }
    out.push(...(best ?? [alt]));
  }
  return out;
}

const parent = (schemaPath: string) => schemaPath.slice(0, schemaPath.lastIndexOf("/"));
const show = (value: unknown) => {
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

function toFinding(spec: Spec, e: ErrorObject, body: unknown): Finding {
  const schema = parent(e.schemaPath);
  const value = at(body, e.instancePath);
  const where = e.instancePath || "/";
  switch (e.keyword) {
    case "required": {
      const name = String(e.params.missingProperty);
      const documented = spec.resolve(schema).node?.properties?.[name] !== undefined;
      return {
        kind: "schema",
        location: documented ? join(schema, "properties", name) : `${schema}/required`,
        message: `required property "${name}" missing`,
        where,
        fix: { op: "optional", schema, name },
      };
    }
    case "type": {
      const found = jsonType(value);
      const expected = ([] as string[]).concat(e.params.type).join(" or ");
      return {
        kind: "schema",
        location: schema,
        message:
          found == "null"
            ? `null where ${expected} is expected (not nullable)`
            : `${found} where ${expected} is expected`,
        where,
        fix: { op: "allow-type", schema, type: found },
      };
    }
    case "enum":
    case "const":
      return {
        kind: "schema",
        location: schema,
        message: `value ${show(value)} is not ${e.keyword == "enum" ? "in the enum" : "the const"}`,
        where,
        fix: { op: "widen-enum", schema, value },
      };
    case "additionalProperties": {
      const name = String(e.params.additionalProperty);
      return {
        kind: "property",
        location: schema,
        message: `undocumented property "${name}"`,
        where: join(e.instancePath, name),
        fix: { op: "add-property", schema, name, value: at(value, join("", name)) },
      };
    }
    default:
      return {
        kind: "schema",
        location: schema,
        message: `${e.keyword}: ${e.message} (found ${describeValue(value)})`,
        where,
      };
  }
}

/** The properties an object schema documents (its own and its `allOf` branches'), by name, with their pointers. */
function documented(spec: Spec, pointer: string, depth = 0): { owner?: string; props: Map<string, string> } {
  const { node, pointer: here } = spec.resolve(pointer);
  const props = new Map<string, string>();
  let owner: string | undefined;
  if (!node || typeof node != "object" || depth > 16) return { props };
  if (node.properties && typeof node.properties == "object") {
    owner = here;
    for (const name of Object.keys(node.properties)) props.set(name, join(here, "properties", name));
  }
  for (const i of (node.allOf ?? []).keys()) {
    const sub = documented(spec, `${here}/allOf/${i}`, depth + 1);
    owner ??= sub.owner;
    for (const [k, v] of sub.props) if (!props.has(k)) props.set(k, v);
  }
  return { owner, props };
}

const isShape = (spec: Spec, pointer: string) => {
  const { node } = spec.resolve(pointer);
  return !!node && (node.type == "object" || !!node.properties);
};

/** Finds undocumented properties and the alternatives taken, going down the body and its schema together. */
function walk(
  spec: Spec,
  pointer: string,
  value: unknown,
  inst: string,
  findings: Finding[],
  shapes: Shape[],
  depth: number,
) {
  if (depth > 64 || value === null || typeof value != "object") return;
  const { node, pointer: here } = spec.resolve(pointer);
  if (!node || typeof node != "object") return;
  for (const key of ["anyOf", "oneOf"] as const) {
    const branches: unknown[] = node[key] ?? [];
    if (!branches.length) continue;
    const pointers = branches.map((_, i) => `${here}/${key}/${i}`);
    const matched = pointers.findIndex((p) => spec.validate(p, value).length == 0);
    const chosen = matched >= 0 ? matched : closest(spec, pointers, value);
    if (matched >= 0 && pointers.filter((p) => isShape(spec, p)).length > 1)
      shapes.push({
        location: pointers[matched]!,
        message: `the body took ${label(branches[matched], matched)}`,
      });
    walk(spec, pointers[chosen]!, value, inst, findings, shapes, depth + 1);
  }
  if (Array.isArray(value)) {
    if (node.items && typeof node.items == "object")
      value.forEach((item, i) =>
        walk(spec, `${here}/items`, item, `${inst}/${i}`, findings, shapes, depth + 1),
      );
    return;
  }
  const { owner, props } = documented(spec, here);
  const patterns = Object.keys(node.patternProperties ?? {}).map((p) => new RegExp(p, "u"));
  for (const [name, item] of Object.entries(value)) {
    const sub = props.get(name);
    if (sub) walk(spec, sub, item, join(inst, name), findings, shapes, depth + 1);
    else if (owner && node.additionalProperties !== false && !patterns.some((p) => p.test(name)))
      findings.push({
        kind: "property",
        location: owner,
        message: `undocumented property "${name}"`,
        where: join(inst, name),
        fix: { op: "add-property", schema: owner, name, value: item },
        ...(openAt(spec, owner) ? { open: true } : {}),
      });
    else if (!owner && node.additionalProperties && typeof node.additionalProperties == "object")
      walk(spec, `${here}/additionalProperties`, item, join(inst, name), findings, shapes, depth + 1);
  }
}

/**
 * Whether a branch's errors show a closer match than another's: fewer errors about the value itself
 * (a branch whose shape the value does not have at all), then fewer errors.
 */
function closer(a: readonly ErrorObject[], b: readonly ErrorObject[], at: string): boolean {
  const top = (errors: readonly ErrorObject[]) => errors.filter((e) => e.instancePath === at).length;
  return top(a) != top(b) ? top(a) < top(b) : a.length < b.length;
}

const closest = (spec: Spec, pointers: string[], value: unknown) => {
  const errors = pointers.map((p) => spec.validate(p, value));
  let best = 0;
  for (const i of errors.keys()) if (closer(errors[i]!, errors[best]!, "")) best = i;
  return best;
};

const label = (branch: unknown, i: number) => {
  const ref = (branch as { $ref?: string } | undefined)?.$ref;
  return ref ? ref.slice(ref.lastIndexOf("/") + 1) : `alternative ${i}`;
};

/** Whether the schema that owns the properties declares itself open (`additionalProperties: true`). */
const openAt = (spec: Spec, pointer: string) => spec.resolve(pointer).node?.additionalProperties === true;
