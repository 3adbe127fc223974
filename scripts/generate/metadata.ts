import { deref } from "../lib/pointer.ts";
import { itemTypeOf } from "./item-types.ts";

type Obj = Record<string, any>;
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
const RULE_KEYS = [
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "pattern",
  "enum",
  "format",
] as const;

export interface BuiltMetadata {
  /** The runtime metadata object (sorted, JSON-serialisable). */
  metadata: Obj;
  /** For each paginated GET path, the TypeScript type of one item. */
  pageItems: Record<string, string>;
  /** The pagination styles the operations use, sorted: the generated metadata links core's implementation of each. */
  styles: string[];
}

/** Reads everything core interprets out of one spec (see `specs/README.md`). */
export function buildMetadata(name: string, doc: Obj): BuiltMetadata {
  const operations: Obj = {};
  const pageItems: Record<string, string> = {};
  for (const [path, rawItem] of Object.entries<Obj>(doc.paths ?? {})) {
    const pathItem = deref<Obj>(doc, rawItem);
    for (const method of METHODS) {
      const op = pathItem[method] as Obj | undefined;
      if (!op) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const meta = operationMeta(doc, pathItem, op);
      // an operation with nothing to check is left out: core treats it as one it does not know
      if (Object.keys(meta).length) operations[key] = meta;
      if (op["x-pagination"]?.items && method === "get") {
        pageItems[path] = itemTypeOf(doc, successSchema(doc, op), op["x-pagination"].items);
      }
    }
  }
  const metadata = prune({
    name,
    factory: `create${clientName(name, doc)}Client`,
    choices:
      doc["x-client-choices"] &&
      mapValues(doc["x-client-choices"], (c: Obj) =>
        prune({ default: c.default, server: c.server, security: c.security }),
      ),
    security: (doc.security ?? []).map((alternative: Obj) => Object.keys(alternative)),
    servers: (doc.servers ?? []).map((s: Obj) => ({
      url: s.url,
      // read only to pick a server by its description (`server`): of one server, there is no choice
      description: doc.servers.length > 1 ? s.description : undefined,
      variables:
        s.variables &&
        mapValues(s.variables, (v: Obj) =>
          prune({ default: v.default, enum: v.enum, option: v["x-client-option"] }),
        ),
    })),
    securitySchemes: mapValues(doc.components?.securitySchemes ?? {}, (raw: Obj) => {
      const s = deref<Obj>(doc, raw);
      const credential = s["x-credential"];
      return s.type === "http"
        ? prune({ type: "http", scheme: s.scheme, credential })
        : prune({ type: s.type, in: s.in, name: s.name, credential });
    }),
    pathOptions: pathOptions(doc),
    errors: errorsMeta(doc["x-errors"] ?? {}),
    rateLimit: rateLimit(doc["x-rate-limit"], false),
    operations,
  });
  const styles = [...new Set(Object.values<Obj>(operations).map((op) => op.pagination?.style))];
  return { metadata: sortDeep(metadata), pageItems, styles: styles.filter(Boolean).sort() };
}

/** The name in the provider's factory and types: `x-client.name`, else the folder's in PascalCase. */
export function clientName(provider: string, doc: Obj): string {
  return doc["x-client"]?.name ?? provider.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

/** `x-errors` as core reads it: no request id headers is the same as none listed. */
function errorsMeta(errors: Obj): Obj {
  return prune({
    ...errors,
    requestIdHeaders: errors.requestIdHeaders?.length ? errors.requestIdHeaders : undefined,
  });
}

/** What core reads of one operation (its `operationId` is not: core knows it by method and path). */
function operationMeta(doc: Obj, pathItem: Obj, op: Obj): Obj {
  return prune({
    auth: Array.isArray(op.security) && op.security.length === 0 ? false : undefined,
    params: paramRules(doc, [...(pathItem.parameters ?? []), ...(op.parameters ?? [])]),
    pagination: op["x-pagination"],
    idempotent: op["x-idempotent"] === true ? true : undefined,
    batch: op["x-batch"] && prune({ ...op["x-batch"], member: batchMember(doc, op, op["x-batch"].items) }),
    constraints: op["x-constraints"],
    rateLimit: rateLimit(op["x-rate-limit"]),
    payload: op["x-method"]?.payload,
    match: op["x-method"]?.match,
  });
}

function paramRules(doc: Obj, params: unknown[]): Obj | undefined {
  const rules: Obj = {};
  for (const raw of params) {
    const p = deref<Obj>(doc, raw);
    if (!["path", "query", "header"].includes(p.in)) continue;
    (rules[p.in] ??= {})[p.name] = paramRule(doc, p);
  }
  return Object.keys(rules).length ? rules : undefined;
}

function paramRule(doc: Obj, p: Obj): Obj {
  const serialize = p["x-serialize"];
  const rule = schemaRule(doc, p.schema ?? {});
  // a JSON parameter's items are those of the schema of its content
  const content = serialize === "json" ? deref<Obj>(doc, p.schema?.contentSchema ?? {}) : undefined;
  return prune({
    ...rule,
    required: p.required === true || p.in === "path" ? true : undefined,
    json: serialize === "json" ? true : undefined,
    epochMs: serialize === "epoch-ms" ? true : undefined,
    utc: serialize === "utc" ? true : undefined,
    sortKeys: serialize === "sort-keys" ? true : undefined,
    explode: p.explode === false && rule.type === "array" ? false : undefined,
    items: content?.items ? itemRule(doc, content.items) : rule.items,
  });
}

/**
 * The path parameters marked `x-client-option`, by name, each with the rule its option is checked
 * by: the client option of that name fills the parameter in every call that leaves it out.
 */
function pathOptions(doc: Obj): Obj | undefined {
  const options: Obj = {};
  for (const rawItem of Object.values<Obj>(doc.paths ?? {})) {
    const item = deref<Obj>(doc, rawItem);
    const ops = METHODS.flatMap((m) => (item[m] ? [item[m].parameters ?? []] : []));
    for (const raw of [...(item.parameters ?? []), ...ops.flat()]) {
      const p = deref<Obj>(doc, raw);
      if (!p["x-client-option"]) continue;
      if (p.in !== "path")
        throw new Error(
          `x-client-option: ${p.in} parameter ${p.name} is not a path parameter; only those are options`,
        );
      const rule = prune(schemaRule(doc, p.schema ?? {}));
      if (options[p.name] && JSON.stringify(options[p.name]) !== JSON.stringify(rule))
        throw new Error(`x-client-option: the path parameter ${p.name} has two schemas; give it one`);
      options[p.name] = rule;
    }
  }
  return Object.keys(options).length ? options : undefined;
}

/** An array item's rule: an object's fields, or a scalar's checks. */
function itemRule(doc: Obj, raw: unknown): Obj {
  const schema = deref<Obj>(doc, raw);
  return schema.properties ? objectRule(doc, schema) : prune(schemaRule(doc, schema));
}

/** An object's required fields and each field's rule, as core checks a batch member or a list item. */
function objectRule(doc: Obj, schema: Obj): Obj {
  const fields = Object.fromEntries(
    Object.entries<unknown>(schema.properties).map(([name, raw]) => [name, prune(schemaRule(doc, raw))]),
  );
  return prune({ required: schema.required?.length ? schema.required : undefined, fields });
}

/**
 * What core checks of a parameter's schema; a `oneOf`/`anyOf` as the rules of its branches. Of the
 * formats, core checks `date-time`, and names a string branch's format when a value passes no branch.
 */
function schemaRule(doc: Obj, raw: unknown, branch = false): Obj {
  const schema = deref<Obj>(doc, raw);
  const branches = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(branches))
    return { oneOf: branches.map((b: unknown) => prune(schemaRule(doc, b, true))) };
  const all: unknown[] = Array.isArray(schema.type) ? schema.type : [schema.type];
  const types = all.filter((t) => t && t !== "null");
  const rule: Obj = {
    type: types.length > 1 ? types : types[0],
    nullable: all.includes("null") ? true : undefined,
    items: types[0] === "array" && schema.items ? itemRule(doc, schema.items) : undefined,
  };
  for (const k of RULE_KEYS) rule[k] = schema[k];
  const named = branch && rule.type === "string" && ["date", "uuid", "email"].includes(rule.format);
  if (rule.format !== "date-time" && !named) rule.format = undefined;
  return rule;
}

/** The schema of one member of a batch body (the array at `items`), as core checks it. */
function batchMember(doc: Obj, op: Obj, items: string): Obj | undefined {
  const body = op.requestBody && deref<Obj>(doc, op.requestBody).content?.["application/json"]?.schema;
  let schema: Obj | undefined = body && deref<Obj>(doc, body);
  for (const name of items.split("/").slice(1))
    schema = schema?.properties?.[name] && deref<Obj>(doc, schema.properties[name]);
  const member = schema?.items && deref<Obj>(doc, schema.items);
  return member?.properties ? objectRule(doc, member) : undefined;
}

function successSchema(doc: Obj, op: Obj): unknown {
  const responses = op.responses ?? {};
  const ok = responses["200"] ?? responses["201"] ?? responses["2XX"];
  return ok ? deref<Obj>(doc, ok).content?.["application/json"]?.schema : undefined;
}

/**
 * A budget as core paces by it; descriptions stay in the spec. Core reads `scope` only of an
 * operation's budget (operations of one scope share it), not of the plan's.
 */
function rateLimit(raw: Obj | undefined, scoped = true): Obj | undefined {
  return (
    raw &&
    prune({
      requests: raw.requests,
      perSeconds: raw.perSeconds,
      burst: raw.burst,
      scope: scoped ? raw.scope : undefined,
      plans: raw.plans && mapValues(raw.plans, (plan) => rateLimit(plan, false)),
    })
  );
}

function mapValues(obj: Obj, fn: (v: any) => unknown): Obj {
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, fn(v)]));
}

/** Drops undefined values (and empty objects) so the emitted metadata stays small. */
function prune<T extends Obj>(obj: T): T {
  for (const k of Object.keys(obj)) if (obj[k] === undefined) delete obj[k];
  return obj;
}

function sortDeep(value: unknown): any {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortDeep((value as Obj)[k])]),
    );
  }
  return value;
}
