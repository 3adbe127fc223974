import { ValidationError } from "../errors/classes.js";
import { invalidField as fail, shown } from "../errors/invalid.js";
import type { BatchMeta, MemberRule, OperationMeta, ParamRule } from "../spec/metadata.js";
import { pick } from "../spec/pointer.js";

type Values = Record<string, unknown>;
type Rules = Readonly<Record<string, ParamRule>>;
type Params = { path?: Values; query?: Values; header?: Values; [location: string]: unknown };
type Check = [rule: keyof ParamRule, passes: (value: any, limit: any) => boolean];

const TYPES: Record<string, (value: any) => boolean> = {
  integer: Number.isInteger,
  number: Number.isFinite,
  string: (v) => typeof v == "string",
  boolean: (v) => typeof v == "boolean",
  array: Array.isArray,
  object: (v) => typeof v == "object" && v !== null,
};

/** An unknown type passes: the spec may name one core does not check. */
const isType = (v: unknown, type: string) => TYPES[type]?.(v) ?? true;

const patterns = new Map<string, RegExp>();

/** A rule's pattern, compiled once (it holds no `g` or `y` flag, so `test` keeps no state between calls). */
function compiled(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) patterns.set(pattern, (re = new RegExp(pattern, "u")));
  return re;
}

/** Each rule passes a value it does not apply to (a length rule and a number, say). */
const CHECKS: Check[] = [
  // a type, or a list of them; a value, or a list of them: no array is made for the one-value case
  ["type", (v, type) => (Array.isArray(type) ? type.some((t: string) => isType(v, t)) : isType(v, type))],
  ["enum", (v, list) => (Array.isArray(v) ? v.every((x) => list.includes(x)) : list.includes(v))],
  ["minimum", (v, n) => !(v < n)],
  ["maximum", (v, n) => !(v > n)],
  ["exclusiveMinimum", (v, n) => !(v <= n)],
  ["exclusiveMaximum", (v, n) => !(v >= n)],
  ["minLength", (v, n) => typeof v != "string" || v.length >= n],
  ["maxLength", (v, n) => typeof v != "string" || v.length <= n],
  ["minItems", (v, n) => !Array.isArray(v) || v.length >= n],
  ["maxItems", (v, n) => !Array.isArray(v) || v.length <= n],
  ["pattern", (v, re) => typeof v != "string" || compiled(re).test(v)],
  ["format", (v, f) => f != "date-time" || typeof v != "string" || !Number.isNaN(instant(v))],
];

/**
 * An ISO 8601 date, or a date-time with an offset (`Z` or ±hh:mm): a point in time whatever the
 * machine's time zone. A date-time without an offset is not one (RFC 3339 requires the offset).
 */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2}))?$/;

/** The epoch milliseconds of an ISO 8601 instant; NaN for anything else. */
const instant = (text: string) => (ISO_INSTANT.test(text) ? Date.parse(text) : NaN);

const LOCATIONS = ["path", "query", "header"] as const;
const TEMPLATE = /\{([^}]+)\}/g;
const REQUIRED: ParamRule = { required: true };
const NO_RULE: ParamRule = {};
const NONE: readonly string[] = [];

/**
 * Checks a call's parameters and body against the operation's documented rules, before anything
 * is sent, and returns the parameters to send: `Date`s become ISO strings, numeric text becomes a
 * number where the rule says so, `x-serialize: json` values become JSON text, `explode: false`
 * arrays one comma-separated value. Every `{name}` of `path` must be given, and may not be `.` or
 * `..` (URL parsing resolves those; no encoding survives). The caller's objects are not modified:
 * a location whose values all pass unchanged is returned as given, else as a copy. A path parameter
 * left out takes its value from `pathDefaults` (the client's options of `x-client-option` path
 * parameters), already checked when the client was made.
 */
export function prepareParams(
  op: OperationMeta | undefined,
  path: string,
  params: Params = {},
  body?: unknown,
  pathDefaults?: Values,
): Params {
  // each location read by its name: a lookup by a variable name costs more, the more so when absent
  const rules = op?.params;
  const { path: inPath, query, header } = params;
  let out = params;
  const pathGiven =
    pathDefaults && path.includes("{") ? { ...pathDefaults, ...withoutAbsent(inPath) } : inPath;
  out = put(out, params, "path", inPath, prepareAt("path", path, rules?.path, pathGiven));
  out = put(out, params, "query", query, prepareAt("query", path, rules?.query, query));
  out = put(out, params, "header", header, prepareAt("header", path, rules?.header, header));
  for (const c of op?.constraints ?? []) {
    // lessThan: a < b (a half-open window); notAfter: a <= b (bounds both inclusive)
    const strict = "lessThan" in c;
    const [x, y] = strict ? c.lessThan : c.notAfter;
    const [a, b] = [x, y]
      .map((name) => out.query?.[name])
      .map((v) => (typeof v == "number" ? v : Date.parse(v as string)));
    if (strict ? a! >= b! : a! > b!)
      fail(
        `query.${x}`,
        strict ? "lessThan" : "notAfter",
        `must be ${strict ? "less than" : "at most"} query.${y}`,
      );
  }
  if (op?.batch) checkBatch(op.batch, body);
  return out;
}

/** `values` without its undefined entries, which would hide a default. */
const withoutAbsent = (values: Values | undefined) =>
  values && Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));

/**
 * The values of one location, prepared: those with a rule, then the others given. `given` itself
 * when nothing changed.
 */
function prepareAt(
  at: (typeof LOCATIONS)[number],
  path: string,
  documented: Rules | undefined,
  given: Values | undefined,
): Values | undefined {
  const rules = at == "path" ? pathRules(path, documented) : documented;
  let out = given;
  for (const name of rules ? Object.keys(rules) : NONE) {
    const value = given?.[name];
    out = put(out, given, name, value, prepare(at, name, value, rules![name] ?? NO_RULE));
  }
  for (const name of given ? Object.keys(given) : NONE) {
    if (rules?.[name]) continue;
    const value = given![name];
    out = put(out, given, name, value, prepare(at, name, value, NO_RULE));
  }
  return out;
}

/** `out` with `key` set to `ready` when it differs from the given `value`; a copy of `given` is made on the first change. */
function put<T extends Record<string, unknown> | undefined>(
  out: T,
  given: T,
  key: string,
  value: unknown,
  ready: unknown,
): T {
  if (ready === value) return out;
  const copy = (out === given ? { ...given } : out) as Record<string, unknown>;
  copy[key] = ready;
  return copy as T;
}

/** The documented path rules, and `required` for each `{name}` of the path without one; remembered per rules. */
const pathRulesCache = new WeakMap<object, { path: string; rules: Rules }>();
function pathRules(path: string, documented: Rules | undefined): Rules | undefined {
  if (!path.includes("{")) return documented;
  const cached = documented && pathRulesCache.get(documented);
  if (cached?.path === path) return cached.rules;
  const rules: Record<string, ParamRule> = { ...documented };
  for (const [, name] of path.matchAll(TEMPLATE)) rules[name!] ??= REQUIRED;
  if (documented) pathRulesCache.set(documented, { path, rules });
  return rules;
}

/** The checks a rule has, in the order of `CHECKS`; listed once per rule. */
const checksCache = new WeakMap<ParamRule, Check[]>();
function checksOf(rule: ParamRule): Check[] {
  let checks = checksCache.get(rule);
  if (!checks) checksCache.set(rule, (checks = CHECKS.filter(([name]) => rule[name] !== undefined)));
  return checks;
}

function prepare(at: string, name: string, value: unknown, rule: ParamRule): unknown {
  if (value instanceof Date) value = fromDate(`${at}.${name}`, value, rule);
  if (value == null) return rule.required ? fail(`${at}.${name}`, "required", "is required") : value;
  const field = `${at}.${name}`;
  if (rule.oneOf) return prepareOneOf(at, name, value, rule);
  if (Array.isArray(value)) {
    // an empty list of an optional parameter says what leaving it out says; `minItems` refuses it
    if (!value.length && !rule.required && !rule.minItems) return undefined;
    if (rule.items) value.forEach((item, i) => checkItem(`${field}[${i}]`, item, rule.items!));
    if (rule.sortKeys) value = sortKeys(field, value);
  } else if ((rule.items || rule.sortKeys) && typeof value != "string" && rule.type != "array")
    fail(field, "type", "must be a list, or its text");
  if (isNumeric(rule) && typeof value == "string" && value.trim() && +value === +value) value = +value;
  if (rule.utc && rule.format == "date-time" && typeof value == "string") value = inUtc(value);
  if (rule.json && typeof value != "string") value = asJson(field, value);
  if (at == "path" && /^\.{0,2}$/.test(shown(value)))
    fail(field, "path-segment", `must not be ${JSON.stringify(shown(value))}`);
  // the rule has no `oneOf` here (that returned above): its own checks, in order
  checkValue(field, value, rule);
  if (rule.json) {
    try {
      JSON.parse(value as string);
    } catch {
      fail(field, "json", "must be JSON text");
    }
  }
  return rule.explode === false && Array.isArray(value) ? value.join(",") : value;
}

/**
 * Checks batch members against their schema (`x-batch` and the request body's member schema) before
 * anything is sent: each is an object with its required fields, each documented field passes its
 * rule, and no key (`x-batch.key`) is given twice. A field is named by its place in the body:
 * `users[3].remoteId`.
 */
export function checkMembers({ items, key, member }: BatchMeta, members: readonly unknown[]): void {
  // without a key or a member schema a member may be anything (the member is its own identity)
  if (!key && !member) return;
  const place = items.slice(1).replace(/\//g, ".");
  const keyName = key?.slice(1);
  const seen = new Map<unknown, number>();
  members.forEach((value, i) => {
    const at = `${place}[${i}]`;
    checkObject(at, value, member ?? {});
    const id = keyName === undefined ? undefined : own(value as object, keyName);
    if (id == null) return;
    const first = seen.get(id);
    if (first !== undefined)
      fail(`${at}.${keyName}`, "unique", `repeats ${place}[${first}].${keyName}; send each once`);
    seen.set(id, i);
  });
}

/** An own property: an inherited one is not in the JSON that is sent. */
const own = (value: object, name: string) =>
  Object.hasOwn(value, name) ? (value as Values)[name] : undefined;

/**
 * Checks an object against its schema: its required fields are there (`null` only where the field's
 * schema allows it), and each documented field passes its rule.
 */
function checkObject(at: string, value: unknown, { required, fields }: MemberRule): void {
  if (typeof value != "object" || value === null || Array.isArray(value))
    fail(at, "type", "must be an object");
  const rules = fields ?? {};
  for (const name of required ?? NONE) {
    const field = own(value as object, name);
    if (field === undefined || (field === null && !rules[name]?.nullable))
      fail(`${at}.${name}`, "required", "is required");
  }
  for (const [name, rule] of Object.entries(rules)) {
    const field = own(value as object, name);
    if (field != null) checkValue(`${at}.${name}`, field, rule);
  }
}

/** Checks one item of a list parameter: an object against its fields, anything else against its rule. */
function checkItem(at: string, item: unknown, rule: ParamRule | MemberRule): void {
  if ("fields" in rule) checkObject(at, item, rule);
  else if (item == null) fail(at, "type", "must not be null");
  else checkValue(at, item, rule as ParamRule);
}

/**
 * `[{ field: "a", order: "asc" }, { field: "b", order: "desc" }]` → `+a,-b` (`x-serialize:
 * sort-keys`). A field may not be empty, hold the separator or start or end with white space.
 */
const sortKeys = (at: string, keys: unknown[]) =>
  keys
    .map((key, i) => {
      checkObject(`${at}[${i}]`, key, SORT_KEY);
      const { field, order } = key as Record<string, string>;
      return `${order == "asc" ? "+" : "-"}${field}`;
    })
    .join(",");

const SORT_KEY: MemberRule = {
  required: ["field", "order"],
  fields: {
    field: { type: "string", pattern: "^[^,\\s](?:[^,]*[^,\\s])?$" },
    order: { type: "string", enum: ["asc", "desc"] },
  },
};

/** Checks a value against a rule, converting nothing. */
export function checkValue(field: string, value: unknown, rule: ParamRule): void {
  if (rule.oneOf) {
    if (!rule.oneOf.some((branch) => passes(value, branch)))
      fail(field, "oneOf", `must match one of its ${rule.oneOf.length} forms (got ${show(value)})`);
    return;
  }
  for (const [check, ok] of checksOf(rule))
    if (!ok(value, rule[check]))
      fail(field, check, `must satisfy ${check} ${show(rule[check])} (got ${show(value)})`);
}

const passes = (value: unknown, rule: ParamRule) =>
  checksOf(rule).every(([check, ok]) => ok(value, rule[check]));

/** An instant with an offset, in UTC with a `Z`; anything else as it is (the format check refuses it). */
function inUtc(text: string): string {
  const ms = instant(text);
  return Number.isNaN(ms) ? text : new Date(ms).toISOString();
}

const isNumeric = ({ type }: ParamRule) => type == "integer" || type == "number";

/** A `Date` as the rule says to send it: epoch milliseconds, or an ISO 8601 string in UTC. */
function fromDate(field: string, date: Date, rule: ParamRule): number | string {
  const ms = date.getTime();
  if (ms !== ms) return fail(field, "format", "must be a valid date");
  return rule.epochMs ? ms : date.toISOString();
}

/** A value of a `oneOf` parameter: prepared by the first branch it passes; refused when it passes none. */
function prepareOneOf(at: string, name: string, value: unknown, rule: ParamRule): unknown {
  for (const branch of branchesOf(rule)) {
    try {
      return prepare(at, name, value, branch);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
    }
  }
  const kinds = rule.oneOf!.map((b) => (b.type == "string" ? (b.format ?? b.type) : b.type)).join(" or ");
  return fail(`${at}.${name}`, "oneOf", `must be one of: ${kinds} (got ${show(value)})`);
}

/** A `oneOf` rule's branches with the parameter's serialisation; made once per rule, not per call. */
const branchesCache = new WeakMap<ParamRule, ParamRule[]>();
function branchesOf(rule: ParamRule): ParamRule[] {
  let branches = branchesCache.get(rule);
  if (!branches) {
    const { json, utc, explode } = rule;
    branches = rule.oneOf!.map((branch) => ({ ...branch, json, utc, explode }));
    branchesCache.set(rule, branches);
  }
  return branches;
}

function checkBatch({ items: pointer, max, min = 1 }: BatchMeta, body: unknown): void {
  const items = pick(body, pointer);
  const field = `body${pointer.replace(/\//g, ".")}`;
  if (!Array.isArray(items)) return fail(field, "type", "must be an array");
  const n = items.length;
  if (n < min || n > max)
    fail(field, n < min ? "minItems" : "maxItems", `must hold ${min} to ${max} items (got ${n})`);
}

/**
 * A value in a refusal: its JSON, or its text when it has none (a symbol, a BigInt, a cycle), cut at
 * 40 characters.
 */
const show = (v: unknown) => {
  const text = typeof v == "string" ? v : json(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** A `x-serialize: json` value as JSON text; a value JSON cannot hold (a BigInt, a cycle) is refused. */
function asJson(field: string, value: unknown): unknown {
  try {
    return JSON.stringify(value);
  } catch {
    return fail(field, "json", "cannot be written as JSON (it holds a BigInt or a cycle)");
  }
}

const json = (v: unknown) => {
  try {
    return JSON.stringify(v) ?? shown(v);
  } catch {
    return shown(v);
  }
};
