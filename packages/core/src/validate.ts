import { ValidationError } from "./errors.js";
import type { BatchMeta, Constraint, OperationMeta, ParamLocation, ParamRule } from "./metadata.js";
import { pick } from "./pointer.js";

type Params = Partial<Record<ParamLocation, Record<string, unknown> | undefined>>;
const patterns = new Map<string, RegExp>();

const fail = (field: string, rule: string, message: string): never => {
  throw new ValidationError(`${field} ${message}`, field, rule);
};

/**
 * Checks a call's parameters and body against the operation's documented rules, before anything
 * is sent. Returns the parameters to send: `Date` values become ISO strings and `x-serialize: json`
 * values become JSON text; the caller's objects are not modified.
 */
export function prepareParams(op: OperationMeta | undefined, params: Params = {}, body?: unknown): Params {
  const out: Params = { ...params };
  for (const location of ["path", "query", "header"] as const) {
    const rules = op?.params?.[location];
    const given = params[location];
    if (!rules && !given) continue;
    const next: Record<string, unknown> = { ...given };
    for (const [name, rule] of Object.entries(rules ?? {})) {
      next[name] = joinArray(
        checkParam(`${location}.${name}`, normalize(next[name], rule), rule, location === "path"),
        rule,
      );
    }
    for (const [name, value] of Object.entries(next))
      if (value instanceof Date) next[name] = iso(name, value);
    out[location] = next;
  }
  for (const c of op?.constraints ?? []) checkConstraint(c, out.query ?? {});
  if (op?.batch) checkBatch(op.batch, body);
  return out;
}

function normalize(value: unknown, rule: ParamRule): unknown {
  if (value instanceof Date) return iso("date", value);
  if (rule.json && value !== undefined && typeof value !== "string") return JSON.stringify(value);
  return value;
}

/** `style: form, explode: false` arrays travel as one comma-separated value. */
function joinArray(value: unknown, rule: ParamRule): unknown {
  return rule.explode === false && Array.isArray(value) ? value.join(",") : value;
}

function iso(field: string, date: Date): string {
  if (Number.isNaN(date.getTime())) fail(field, "format", "must be a valid date");
  return date.toISOString();
}

function checkParam(field: string, value: unknown, rule: ParamRule, inPath: boolean): unknown {
  if (value === undefined || value === null) {
    if (rule.required) fail(field, "required", "is required");
    return value;
  }
  if (inPath) checkSegment(field, value);
  checkType(field, value, rule);
  if (typeof value === "number") checkRange(field, value, rule);
  if (typeof value === "string") checkString(field, value, rule);
  if (Array.isArray(value)) checkItems(field, value, rule);
  if (rule.enum && !rule.enum.includes(value)) fail(field, "enum", `must be one of ${rule.enum.join(", ")}`);
  return value;
}

/** `.` and `..` are resolved by every URL parser as "this" / "up one level": no encoding survives. */
function checkSegment(field: string, value: unknown): void {
  const text = String(value);
  if (text === "") fail(field, "required", "must not be empty");
  if (text === "." || text === "..") fail(field, "path-segment", `must not be "${text}"`);
}

function checkType(field: string, value: unknown, rule: ParamRule): void {
  const ok: Record<string, boolean> = {
    integer: Number.isInteger(value),
    number: typeof value === "number" && Number.isFinite(value),
    string: typeof value === "string",
    boolean: typeof value === "boolean",
    array: Array.isArray(value),
    object: typeof value === "object",
  };
  if (rule.type && ok[rule.type] === false)
    fail(field, "type", `must be ${article(rule.type)} (got ${show(value)})`);
}

function checkRange(field: string, n: number, rule: ParamRule): void {
  if (rule.minimum !== undefined && n < rule.minimum)
    fail(field, "minimum", `must be at least ${rule.minimum} (got ${n})`);
  if (rule.maximum !== undefined && n > rule.maximum)
    fail(field, "maximum", `must be at most ${rule.maximum} (got ${n})`);
  if (rule.exclusiveMinimum !== undefined && n <= rule.exclusiveMinimum)
    fail(field, "exclusiveMinimum", `must be greater than ${rule.exclusiveMinimum} (got ${n})`);
  if (rule.exclusiveMaximum !== undefined && n >= rule.exclusiveMaximum)
    fail(field, "exclusiveMaximum", `must be less than ${rule.exclusiveMaximum} (got ${n})`);
}

function checkString(field: string, s: string, rule: ParamRule): void {
  if (rule.minLength !== undefined && s.length < rule.minLength)
    fail(field, "minLength", `must be at least ${rule.minLength} characters long`);
  if (rule.maxLength !== undefined && s.length > rule.maxLength)
    fail(field, "maxLength", `must be at most ${rule.maxLength} characters long`);
  if (rule.pattern !== undefined) {
    let re = patterns.get(rule.pattern);
    if (!re) patterns.set(rule.pattern, (re = new RegExp(rule.pattern, "u")));
    if (!re.test(s)) fail(field, "pattern", `must match ${rule.pattern} (got ${show(s)})`);
  }
  if (rule.format === "date-time" && Number.isNaN(Date.parse(s)))
    fail(field, "format", `must be an ISO 8601 date-time (got ${show(s)})`);
  if (rule.json) {
    try {
      JSON.parse(s);
    } catch {
      fail(field, "json", "must be valid JSON text");
    }
  }
}

function checkItems(field: string, items: unknown[], rule: ParamRule): void {
  if (rule.minItems !== undefined && items.length < rule.minItems)
    fail(field, "minItems", `needs at least ${rule.minItems} items`);
  if (rule.maxItems !== undefined && items.length > rule.maxItems)
    fail(field, "maxItems", `takes at most ${rule.maxItems} items`);
}

function checkConstraint(c: Constraint, query: Record<string, unknown>): void {
  const [a, b] = c.lessThan;
  const x = comparable(query[a]);
  const y = comparable(query[b]);
  if (x !== undefined && y !== undefined && !(x < y))
    fail(`query.${a}`, "lessThan", `must be earlier than query.${b}`);
}

function comparable(v: unknown): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "string") return Number.isNaN(Date.parse(v)) ? undefined : Date.parse(v);
  return undefined;
}

function checkBatch(batch: BatchMeta, body: unknown): void {
  const field = `body${batch.items.replace(/\//g, ".")}`;
  const items = pick(body, batch.items);
  if (!Array.isArray(items)) return void fail(field, "type", "must be an array");
  if (items.length < (batch.min ?? 1)) fail(field, "minItems", `needs at least ${batch.min ?? 1} item(s)`);
  if (items.length > batch.max)
    fail(field, "maxItems", `takes at most ${batch.max} items per request (got ${items.length})`);
}

const article = (type: string) =>
  type === "integer" || type === "array" || type === "object" ? `an ${type}` : `a ${type}`;
const show = (v: unknown) =>
  typeof v === "string" ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v) : String(v);
