/** Walks two resolved schemas side by side, running every schema rule on every node. */
import { isDeepStrictEqual } from "node:util";
import { DOC_KEYWORDS, normalizeSchema, shapeKey, typeList, variantsOf } from "./normalize.ts";
import {
  additionalPropertiesRule,
  propertyAddedRule,
  propertyRemovedRule,
  requiredRule,
} from "./object-rules.ts";
import { cycleRule, defaultRule, deprecatedRule, docsRule, unclassifiedRule } from "./meta-rules.ts";
import {
  breaksReaders,
  breaksSenders,
  isObject,
  locate,
  pointerTo,
  show,
  type Change,
  type Obj,
  type Site,
} from "./types.ts";
import {
  boundRules,
  enumPresenceRule,
  enumValuesRule,
  formatRule,
  nullabilityRule,
  restrictionRule,
  typeRule,
  type SchemaRule,
} from "./value-rules.ts";

const NODE_RULES: SchemaRule[] = [
  cycleRule,
  typeRule,
  nullabilityRule,
  formatRule,
  enumPresenceRule,
  enumValuesRule,
  ...boundRules,
  restrictionRule,
  propertyRemovedRule,
  propertyAddedRule,
  requiredRule,
  additionalPropertiesRule,
  defaultRule,
  deprecatedRule,
  docsRule,
  unclassifiedRule,
];

/** Every change between two resolved schemas at `site`; `pointer` is where they sit in the value. */
export function diffSchema(site: Site, pointer: string, rawBase: unknown, rawHead: unknown): Change[] {
  if (isDeepStrictEqual(rawBase, rawHead)) return [];
  const [base, head] = alignUnions(normalizeSchema(rawBase), normalizeSchema(rawHead));
  return [
    ...NODE_RULES.flatMap((rule) => rule(base, head, site, pointer)),
    ...diffChildren(site, pointer, base, head),
  ];
}

function diffChildren(site: Site, pointer: string, base: Obj, head: Obj): Change[] {
  const changes: Change[] = [];
  for (const [name, schema] of Object.entries<unknown>(base.properties ?? {}))
    if (head.properties && name in head.properties)
      changes.push(...diffSchema(site, pointerTo(pointer, name), schema, head.properties[name]));
  if (base.items !== undefined || head.items !== undefined)
    changes.push(...diffSchema(site, pointerTo(pointer, "*"), base.items, head.items));
  if (isObject(base.additionalProperties) && isObject(head.additionalProperties))
    changes.push(
      ...diffSchema(site, pointerTo(pointer, "*"), base.additionalProperties, head.additionalProperties),
    );
  if (base.contentSchema !== undefined || head.contentSchema !== undefined)
    changes.push(...diffSchema(site, decoded(pointer), base.contentSchema, head.contentSchema));
  changes.push(...diffVariants(site, pointer, base, head));
  return changes;
}

/** Where the decoded value of a JSON-in-a-string parameter (`contentSchema`) sits. */
const decoded = (pointer: string) => (pointer ? `${pointer} (decoded)` : "(decoded)");

/** When only one side is a union, the other becomes a union of one, so that members can be matched. */
function alignUnions(base: Obj, head: Obj): [Obj, Obj] {
  const b = variantsOf(base);
  const h = variantsOf(head);
  if (!b === !h) return [base, head];
  return b ? [base, asUnion(head)] : [asUnion(base), head];
}

const OUTER_KEYWORDS = [...DOC_KEYWORDS, "nullable", "default", "deprecated"];

function asUnion(schema: Obj): Obj {
  const outer: Obj = {};
  const inner: Obj = {};
  for (const [key, value] of Object.entries(schema))
    (OUTER_KEYWORDS.includes(key) ? outer : inner)[key] = value;
  return { ...outer, anyOf: [inner] };
}

/**
 * Union members are matched by shape; members left over on both sides in equal numbers are compared in
 * order, otherwise they are reported as removed (breaks senders) and added (breaks readers).
 */
function diffVariants(site: Site, pointer: string, base: Obj, head: Obj): Change[] {
  const before = variantsOf(base) ?? [];
  const after = variantsOf(head) ?? [];
  const { pairs, removed, added } = matchVariants(before, after);
  const changes = pairs.flatMap(([i, j]) => diffSchema(site, `${pointer}/anyOf/${j}`, before[i], after[j]));
  const where = locate(site, pointer);
  for (const i of removed)
    changes.push(breaksSenders(site.direction, where, `union member ${describe(before[i])} removed`));
  for (const j of added)
    changes.push(breaksReaders(site.direction, where, `union member ${describe(after[j])} added`));
  return changes;
}

function matchVariants(before: Obj[], after: Obj[]) {
  const keyOf = (schema: unknown) => shapeKey(normalizeSchema(schema));
  const added = after.map((_, j) => j);
  const pairs: [number, number][] = [];
  const removed: number[] = [];
  before.forEach((member, i) => {
    const at = added.findIndex((j) => keyOf(after[j]) === keyOf(member));
    if (at < 0) removed.push(i);
    else pairs.push([i, added.splice(at, 1)[0]!]);
  });
  if (removed.length !== added.length) return { pairs, removed, added };
  // as many members left on each side: the same members, changed
  removed.forEach((i, n) => pairs.push([i, added[n]!]));
  return { pairs, removed: [], added: [] };
}

function describe(schema: unknown): string {
  const s = normalizeSchema(schema);
  const types = typeList(s);
  return s.title ?? (types?.length ? types.join(" | ") : s.enum ? `enum ${show(s.enum)}` : "schema");
}
