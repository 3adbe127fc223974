import { driftTargets, type DriftProperty, type DriftTarget } from "./drift/targets";
import type { ProviderName } from "./providers";

/**
 * Deliberate differences between a fake's responses and its spec, one at a time: what a provider
 * that changed its API (or a spec that guessed wrong) looks like on the wire. Each mutation says
 * where it changes the response and which schema of the spec it breaks, so a checker (response
 * validation, `spec:verify` on a recording) can be held to finding it there. Independent of any
 * validator: mutations edit parsed JSON bodies.
 */

/** What a mutation changes. */
export type DriftKind =
  | "renamed-property"
  | "changed-type"
  | "new-property"
  | "missing-required"
  | "null-not-nullable"
  | "new-enum-value"
  | "undocumented-status"
  | "other-envelope"
  | "extra-page-field";

/** A response as a mutation sees it: the status and the parsed JSON body. */
export interface DriftResponse {
  readonly status: number;
  readonly body: unknown;
}

export interface DriftMutation {
  /** `"<operation> <kind>"`, unique per provider. */
  readonly name: string;
  readonly kind: DriftKind;
  /** The operation whose 2xx responses it changes, `"GET /users"`. */
  readonly operation: string;
  /** The JSON pointer it changes in the response body (`""`: the whole body, or the status). */
  readonly pointer: string;
  /** The JSON pointer, in `specs/<provider>/openapi.yaml`, of the schema (or responses) the change breaks. */
  readonly specPointer: string;
  /** The changed response (a copy), or undefined when the body has nothing at `pointer`. */
  apply(response: DriftResponse): DriftResponse | undefined;
}

/** The status an undocumented 2xx takes: no spec documents it. */
export const UNDOCUMENTED_STATUS = 203;

const escape = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");
const unescape = (s: string) => s.replace(/~1/g, "/").replace(/~0/g, "~");
const parts = (pointer: string) => pointer.split("/").slice(1).map(unescape);

/** The object at `pointer` in a copy of `body`, to edit in place; undefined when there is none. */
function objectAt(
  body: unknown,
  pointer: string,
): { copy: unknown; node: Record<string, unknown> } | undefined {
  const copy = structuredClone(body);
  let node: unknown = copy;
  for (const key of parts(pointer)) node = node && typeof node == "object" ? (node as any)[key] : undefined;
  return node && typeof node == "object" && !Array.isArray(node)
    ? { copy, node: node as Record<string, unknown> }
    : undefined;
}

/** A mutation that edits the object at `at` (when it holds `needs`, if given). */
function edit(
  at: string,
  needs: string | undefined,
  change: (node: Record<string, unknown>) => void,
): DriftMutation["apply"] {
  return ({ status, body }) => {
    const found = objectAt(body, at);
    if (!found || (needs !== undefined && !(needs in found.node))) return undefined;
    change(found.node);
    return { status, body: found.copy };
  };
}

/** A value of another JSON type than `value`. */
const otherType = (value: unknown) => (typeof value == "string" ? 12345 : "drift");

/** The mutations of one target: every kind its operation and its schemas make detectable. */
export function mutationsOf(target: DriftTarget): DriftMutation[] {
  const { operation, object, property, schema } = target;
  const [method, path] = operation.split(" ") as [string, string];
  const out: Omit<DriftMutation, "name">[] = [
    {
      kind: "undocumented-status",
      operation,
      pointer: "",
      specPointer: `/paths/${escape(path)}/${method.toLowerCase()}/responses`,
      apply: ({ body }) => ({ status: UNDOCUMENTED_STATUS, body }),
    },
  ];
  if (schema)
    out.push({
      kind: "other-envelope",
      operation,
      pointer: "",
      specPointer: schema,
      apply: ({ status, body }) => (body === undefined ? undefined : { status, body: { result: body } }),
    });
  if (object && !object.open)
    out.push({
      kind: "new-property",
      operation,
      pointer: `${object.pointer}/driftExtra`,
      specPointer: object.schema,
      apply: edit(object.pointer, undefined, (node) => void (node.driftExtra = "added")),
    });
  if (object && property) out.push(...propertyMutations(operation, object, property));
  if (object && target.enum) {
    const { name: field, schema: enumSchema } = target.enum;
    out.push({
      kind: "new-enum-value",
      operation,
      pointer: `${object.pointer}/${escape(field)}`,
      specPointer: enumSchema ?? `${object.schema}/properties/${escape(field)}`,
      apply: edit(object.pointer, field, (node) => void (node[field] = "drift-value")),
    });
  }
  if (target.page && !target.page.open) {
    const page = target.page;
    out.push({
      kind: "extra-page-field",
      operation,
      pointer: `${page.pointer}/driftPageField`,
      specPointer: page.schema,
      apply: edit(page.pointer, undefined, (node) => void (node.driftPageField = 1)),
    });
  }
  return out.map((m) => ({ ...m, name: `${operation} ${m.kind}` }));
}

/**
 * The mutations of one property: renamed (found as a missing required property, or as an
 * undocumented one where the object is closed), another type, missing (when required), `null`
 * (when not nullable).
 */
function propertyMutations(
  operation: string,
  object: NonNullable<DriftTarget["object"]>,
  property: DriftProperty,
): Omit<DriftMutation, "name">[] {
  const { name, required, nullable } = property;
  const pointer = `${object.pointer}/${escape(name)}`;
  const own = property.schema ?? `${object.schema}/properties/${escape(name)}`;
  const out: Omit<DriftMutation, "name">[] = [
    {
      kind: "changed-type",
      operation,
      pointer,
      specPointer: own,
      apply: edit(object.pointer, name, (node) => void (node[name] = otherType(node[name]))),
    },
  ];
  if (required || !object.open)
    out.push({
      kind: "renamed-property",
      operation,
      // found missing where required, else found under its new name
      pointer: required ? pointer : `${object.pointer}/${escape(`${name}Renamed`)}`,
      specPointer: object.schema,
      apply: edit(object.pointer, name, (node) => {
        node[`${name}Renamed`] = node[name];
        delete node[name];
      }),
    });
  if (required)
    out.push({
      kind: "missing-required",
      operation,
      pointer,
      specPointer: object.schema,
      apply: edit(object.pointer, name, (node) => void delete node[name]),
    });
  if (!nullable)
    out.push({
      kind: "null-not-nullable",
      operation,
      pointer,
      specPointer: own,
      apply: edit(object.pointer, name, (node) => void (node[name] = null)),
    });
  return out;
}

/**
 * Every mutation of a provider's fake, across every operation it serves: a property renamed, a
 * type changed, a new property (where the schema does not say `additionalProperties: true`), a
 * required property missing, `null` where not nullable, a new enum value (where the operation has
 * an enum), an undocumented status, another envelope, an extra page field (lists).
 */
export function driftMutations(provider: ProviderName): DriftMutation[] {
  return driftTargets(provider).flatMap(mutationsOf);
}
