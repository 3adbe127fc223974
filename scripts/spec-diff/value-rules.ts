/**
 * Schema rules about the values themselves: type, nullability, format, enum and constraints. Each rule
 * compares one aspect of a (normalised) schema node with its counterpart and returns what changed.
 */
import { typeList } from "./normalize.ts";
import {
  breaking,
  breaksReaders,
  breaksSenders,
  locate,
  nonBreaking,
  same,
  show,
  type Change,
  type Obj,
  type Site,
} from "./types.ts";

export type SchemaRule = (base: Obj, head: Obj, site: Site, pointer: string) => Change[];

export const LOWER_BOUNDS = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"];
export const UPPER_BOUNDS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"];
export const RESTRICTIONS = ["pattern", "multipleOf", "uniqueItems"];

const showTypes = (types: string[] | undefined) =>
  !types ? "any" : types.length > 1 ? show(types) : (types[0] ?? "null");
/** Whether values of `type` are still accepted by a schema of `types` (`undefined`: any type). */
const accepts = (types: string[] | undefined, type: string) =>
  !types || types.includes(type) || (type === "integer" && types.includes("number"));

/** `type` gained or lost a type. Readers break on a gained one, senders on a lost one. */
export const typeRule: SchemaRule = (base, head, site, pointer) => {
  const before = typeList(base);
  const after = typeList(head);
  const gained = after ? after.filter((t) => !accepts(before, t)) : before ? ["any"] : [];
  const lost = before ? before.filter((t) => !accepts(after, t)) : after ? ["any"] : [];
  if (!gained.length && !lost.length) return [];
  const verb = gained.length && lost.length ? "changed" : gained.length ? "widened" : "narrowed";
  const message = `type ${verb}: ${showTypes(before)} → ${showTypes(after)}`;
  const breaks = site.direction === "response" ? gained.length > 0 : lost.length > 0;
  return [(breaks ? breaking : nonBreaking)(locate(site, pointer), message)];
};

/** `null` became possible (a reader must handle it) or impossible (a sender may no longer send it). */
export const nullabilityRule: SchemaRule = (base, head, site, pointer) => {
  const before = base.nullable === true;
  const after = head.nullable === true;
  if (before === after) return [];
  const where = locate(site, pointer);
  if (site.direction === "response")
    return [after ? breaking(where, "made nullable") : nonBreaking(where, "no longer nullable")];
  return [after ? nonBreaking(where, "now accepts null") : breaking(where, "no longer accepts null")];
};

/** `format` added narrows the values (breaks senders); removed widens them (breaks readers); replaced, both. */
export const formatRule: SchemaRule = (base, head, site, pointer) => {
  if (base.format === head.format) return [];
  const where = locate(site, pointer);
  if (head.format === undefined)
    return [breaksReaders(site.direction, where, `format ${base.format} removed`)];
  if (base.format === undefined)
    return [breaksSenders(site.direction, where, `format narrowed to ${head.format}`)];
  return [breaking(where, `format changed: ${base.format} → ${head.format}`)];
};

/** Values removed from or added to an `enum` that both sides have. */
export const enumValuesRule: SchemaRule = (base, head, site, pointer) => {
  if (!Array.isArray(base.enum) || !Array.isArray(head.enum)) return [];
  const where = locate(site, pointer);
  const has = (list: unknown[], value: unknown) => list.some((v) => same(v, value));
  const removed = base.enum.filter((v: unknown) => !has(head.enum, v));
  const added = head.enum.filter((v: unknown) => !has(base.enum, v));
  return [
    ...removed.map((v: unknown) =>
      site.direction === "request"
        ? breaking(where, `enum value ${show(v)} removed: requests sending it are refused`)
        : breaking(where, `enum value ${show(v)} removed: code comparing with it no longer type-checks`),
    ),
    ...added.map((v: unknown) =>
      site.direction === "request"
        ? nonBreaking(where, `enum value ${show(v)} added`)
        : nonBreaking(
            where,
            `enum value ${show(v)} added: exhaustive \`switch\`es over it may need a branch`,
          ),
    ),
  ];
};

/** An `enum` introduced (values now limited) or lifted (any value of the type). */
export const enumPresenceRule: SchemaRule = (base, head, site, pointer) => {
  const before = Array.isArray(base.enum);
  const after = Array.isArray(head.enum);
  if (before === after) return [];
  const where = locate(site, pointer);
  if (after) return [breaksSenders(site.direction, where, `values limited to ${show(head.enum)}`)];
  return [breaksReaders(site.direction, where, `enum ${show(base.enum)} lifted`)];
};

/** A bound tightened breaks senders; loosened, it only lets more values through. */
function boundRule(keyword: string, lower: boolean): SchemaRule {
  return (base, head, site, pointer) => {
    const before = base[keyword];
    const after = head[keyword];
    if (before === after || (typeof before !== "number" && typeof after !== "number")) return [];
    const tightened =
      before === undefined || (after !== undefined && (lower ? after > before : after < before));
    const what =
      before === undefined
        ? `${keyword} ${after} added`
        : after === undefined
          ? `${keyword} ${before} removed`
          : `${keyword} ${before} → ${after}`;
    const where = locate(site, pointer);
    if (!tightened) return [nonBreaking(where, `constraint loosened: ${what}`)];
    return [breaksSenders(site.direction, where, `constraint tightened: ${what}`)];
  };
}

export const boundRules: SchemaRule[] = [
  ...LOWER_BOUNDS.map((k) => boundRule(k, true)),
  ...UPPER_BOUNDS.map((k) => boundRule(k, false)),
];

/** `pattern`, `multipleOf`, `uniqueItems`: added or changed restricts values, removed loosens them. */
export const restrictionRule: SchemaRule = (base, head, site, pointer) =>
  RESTRICTIONS.filter((k) => !same(base[k], head[k])).map((k) => {
    const where = locate(site, pointer);
    if (head[k] === undefined || head[k] === false)
      return nonBreaking(where, `constraint loosened: ${k} ${show(base[k])} removed`);
    const what =
      base[k] === undefined ? `${k} ${show(head[k])} added` : `${k} ${show(base[k])} → ${show(head[k])}`;
    return breaksSenders(site.direction, where, `constraint tightened: ${what}`);
  });
