import { ValidationError } from "./errors.js";
import type { BatchMeta, OperationMeta, ParamRule } from "./metadata.js";
import { pick } from "./pointer.js";

type Values = Record<string, unknown>;
type Params = { path?: Values; query?: Values; header?: Values; [location: string]: unknown };
type Check = [rule: keyof ParamRule, passes: (value: any, limit: any) => boolean];

const fail = (field: string, rule: string, message: string): never => {
  throw new ValidationError(`${field} ${message}`, field, rule);
};

const TYPES: Record<string, (value: any) => boolean> = {
  integer: Number.isInteger,
  number: Number.isFinite,
  string: (v) => typeof v == "string",
  boolean: (v) => typeof v == "boolean",
  array: Array.isArray,
  object: (v) => typeof v == "object",
};

/** Each rule passes a value it does not apply to (a length rule and a number, say). */
const CHECKS: Check[] = [
  ["type", (v, type) => TYPES[type]?.(v) ?? true],
  ["enum", (v, list) => [v].flat().every((x) => list.includes(x))],
  ["minimum", (v, n) => !(v < n)],
  ["maximum", (v, n) => !(v > n)],
  ["exclusiveMinimum", (v, n) => !(v <= n)],
  ["exclusiveMaximum", (v, n) => !(v >= n)],
  ["minLength", (v, n) => typeof v != "string" || v.length >= n],
  ["maxLength", (v, n) => typeof v != "string" || v.length <= n],
  ["minItems", (v, n) => !Array.isArray(v) || v.length >= n],
  ["maxItems", (v, n) => !Array.isArray(v) || v.length <= n],
  ["pattern", (v, re) => typeof v != "string" || new RegExp(re, "u").test(v)],
  ["format", (v, f) => f != "date-time" || typeof v != "string" || Date.parse(v) === Date.parse(v)],
];

/**
 * Checks a call's parameters and body against the operation's documented rules, before anything
 * is sent, and returns the parameters to send: `Date`s become ISO strings, numeric text becomes a
 * number where the rule says so, `x-serialize: json` values become JSON text, `explode: false`
 * arrays one comma-separated value. Every `{name}` of `path` must be given, and may not be `.` or
 * `..` (URL parsing resolves those; no encoding survives). The caller's objects are not modified.
 */
export function prepareParams(
  op: OperationMeta | undefined,
  path: string,
  params: Params = {},
  body?: unknown,
): Params {
  const out: Params = { ...params };
  for (const at of ["path", "query", "header"] as const) {
    const rules: Record<string, ParamRule> = { ...op?.params?.[at] };
    if (at == "path")
      for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) rules[name!] ??= { required: true };
    const values: Values = { ...params[at] };
    for (const name of new Set([...Object.keys(rules), ...Object.keys(values)]))
      values[name] = prepare(`${at}.${name}`, values[name], rules[name] ?? {}, at == "path");
    if (params[at] || Object.keys(rules).length) out[at] = values;
  }
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

function prepare(field: string, value: unknown, rule: ParamRule, inPath: boolean): unknown {
  if (value instanceof Date)
    value =
      value.getTime() === value.getTime()
        ? value.toISOString()
        : fail(field, "format", "must be a valid date");
  if (value == null) return rule.required ? fail(field, "required", "is required") : value;
  if (/^(integer|number)$/.test(rule.type!) && typeof value == "string" && value.trim() && +value === +value)
    value = +value;
  if (rule.json && typeof value != "string") value = JSON.stringify(value);
  if (inPath && /^\.{0,2}$/.test(String(value)))
    fail(field, "path-segment", `must not be ${JSON.stringify(String(value))}`);
  for (const [name, passes] of CHECKS)
    if (rule[name] !== undefined && !passes(value, rule[name]))
      fail(field, name, `must satisfy ${name} ${show(rule[name])} (got ${show(value)})`);
  if (rule.json) {
    try {
      JSON.parse(value as string);
    } catch {
      fail(field, "json", "must be JSON text");
    }
  }
  return rule.explode === false && Array.isArray(value) ? value.join(",") : value;
}

function checkBatch({ items: pointer, max, min = 1 }: BatchMeta, body: unknown): void {
  const items = pick(body, pointer);
  const field = `body${pointer.replace(/\//g, ".")}`;
  if (!Array.isArray(items)) return fail(field, "type", "must be an array");
  const n = items.length;
  if (n < min || n > max)
    fail(field, n < min ? "minItems" : "maxItems", `must hold ${min} to ${max} items (got ${n})`);
}

const show = (v: unknown) => {
  const text = typeof v == "string" ? v : JSON.stringify(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};
