/** Schema rules about an object's members: properties removed, added, made required or optional. */
import {
  breaking,
  breaksReaders,
  breaksSenders,
  locate,
  nonBreaking,
  pointerTo,
  same,
  show,
  type Obj,
} from "./types.ts";
import type { SchemaRule } from "./value-rules.ts";

const propertyNames = (schema: Obj): string[] =>
  schema.properties && typeof schema.properties === "object" ? Object.keys(schema.properties) : [];
const isRequired = (schema: Obj, name: string) =>
  Array.isArray(schema.required) && schema.required.includes(name);

/** A property removed: readers lose it, and senders that still set it no longer type-check. */
export const propertyRemovedRule: SchemaRule = (base, head, site, pointer) => {
  const kept = new Set(propertyNames(head));
  return propertyNames(base)
    .filter((name) => !kept.has(name))
    .map((name) =>
      breaking(
        locate(site, pointerTo(pointer, name)),
        site.direction === "response"
          ? "property removed"
          : "property removed: code that sends it no longer type-checks",
      ),
    );
};

/** A property added: harmless to read; in a request, harmless unless it is required. */
export const propertyAddedRule: SchemaRule = (base, head, site, pointer) => {
  const known = new Set(propertyNames(base));
  return propertyNames(head)
    .filter((name) => !known.has(name))
    .map((name) => {
      const where = locate(site, pointerTo(pointer, name));
      if (site.direction === "response") return nonBreaking(where, "property added");
      return isRequired(head, name)
        ? breaking(where, "required property added")
        : nonBreaking(where, "optional property added");
    });
};

/** A kept property made required (senders must now set it) or optional (readers may now miss it). */
export const requiredRule: SchemaRule = (base, head, site, pointer) => {
  const kept = propertyNames(base).filter((name) => propertyNames(head).includes(name));
  return kept
    .filter((name) => isRequired(base, name) !== isRequired(head, name))
    .map((name) => {
      const where = locate(site, pointerTo(pointer, name));
      return isRequired(head, name)
        ? breaksSenders(site.direction, where, "made required")
        : breaksReaders(
            site.direction,
            where,
            site.direction === "response" ? "made optional: it may now be absent" : "made optional",
          );
    });
};

/** `additionalProperties: false` added (senders may no longer add members) or removed. */
export const additionalPropertiesRule: SchemaRule = (base, head, site, pointer) => {
  const before = base.additionalProperties;
  const after = head.additionalProperties;
  if (typeof before === "object" && typeof after === "object") return []; // both schemas: the walker visits them
  if (same(before, after)) return [];
  const where = locate(site, pointer);
  const message = `additionalProperties ${show(before ?? "unset")} → ${show(after ?? "unset")}`;
  return [after === false ? breaksSenders(site.direction, where, message) : nonBreaking(where, message)];
};
