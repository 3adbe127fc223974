/** Schema rules about everything but the values: documentation, defaults, deprecation, recursion, the rest. */
import { DOC_KEYWORDS } from "./normalize.ts";
import { CYCLE } from "./resolve.ts";
import { breaking, docs, locate, nonBreaking, same, show, type Obj } from "./types.ts";
import { LOWER_BOUNDS, RESTRICTIONS, UPPER_BOUNDS, type SchemaRule } from "./value-rules.ts";

/** Keywords some rule or the walker handles; a change anywhere else is reported as unclassified. */
const HANDLED_KEYWORDS = new Set([
  ...["type", "nullable", "format", "enum", "default", "deprecated", CYCLE],
  ...["properties", "required", "additionalProperties", "items", "anyOf", "oneOf", "contentSchema"],
  ...LOWER_BOUNDS,
  ...UPPER_BOUNDS,
  ...RESTRICTIONS,
  ...DOC_KEYWORDS,
]);

/** Descriptions, titles, examples: documentation only. */
export const docsRule: SchemaRule = (base, head, site, pointer) =>
  docChanges(base, head, locate(site, pointer));

export function docChanges(base: Obj, head: Obj, where: string, keys = DOC_KEYWORDS) {
  return keys
    .filter((key) => !same(base[key], head[key]))
    .map((key) =>
      docs(
        where,
        base[key] === undefined
          ? `${key} added`
          : head[key] === undefined
            ? `${key} removed`
            : `${key} changed`,
      ),
    );
}

/** A default is what the server assumes when a value is left out: a behaviour change, not a type change. */
export const defaultRule: SchemaRule = (base, head, site, pointer) =>
  same(base.default, head.default)
    ? []
    : [
        nonBreaking(
          locate(site, pointer),
          `default ${show(base.default ?? "none")} → ${show(head.default ?? "none")}`,
        ),
      ];

/** Deprecation is a notice, not a change of what is accepted or returned. */
export function deprecationChanges(where: string, base: Obj, head: Obj) {
  if (Boolean(base.deprecated) === Boolean(head.deprecated)) return [];
  return [nonBreaking(where, head.deprecated ? "deprecated" : "no longer deprecated")];
}

export const deprecatedRule: SchemaRule = (base, head, site, pointer) =>
  deprecationChanges(locate(site, pointer), base, head);

/** A recursive reference that now points elsewhere: the shape below it changed in a way not compared here. */
export const cycleRule: SchemaRule = (base, head, site, pointer) =>
  base[CYCLE] === head[CYCLE]
    ? []
    : [
        breaking(
          locate(site, pointer),
          `recursive reference ${base[CYCLE] ?? "none"} → ${head[CYCLE] ?? "none"}`,
        ),
      ];

/**
 * Anything no rule knows about is still reported, as non-breaking with a request to review it, so that no
 * change goes unseen. `handled`: the keys that rules of this part of the document cover.
 */
export function unclassifiedChanges(where: string, base: Obj, head: Obj, handled: ReadonlySet<string>) {
  return [...new Set([...Object.keys(base), ...Object.keys(head)])]
    .filter((key) => !handled.has(key) && !same(base[key], head[key]))
    .map((key) => nonBreaking(where, `${key} changed (no rule classifies it: review)`));
}

export const unclassifiedRule: SchemaRule = (base, head, site, pointer) =>
  unclassifiedChanges(locate(site, pointer), base, head, HANDLED_KEYWORDS);
