/**
 * `spec:verify --write`: the minimal spec change that makes recorded traffic valid, made in place
 * (comments and formatting kept; see yaml-edit.ts), each change annotated "Seen in traffic" in the
 * `description` of what it changed. What it knows: add a property (typed from the values seen), allow
 * `null` or another type, widen an enum, document a status, make a required property optional.
 * Anything else (a format, a pattern, a bound, pagination) is left for a person to decide.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { type Fix, jsonType } from "./finding.ts";
import type { Report } from "./report.ts";
import { type Obj, at, join } from "./spec.ts";
import { YamlText } from "./yaml-edit.ts";
import { parse } from "yaml";

type Of<K extends Fix["op"]> = Extract<Fix, { op: K }>;

/** A schema for values seen: their JSON types (integers and numbers as `number` when both), arrays with their items. */
export function inferSchema(values: readonly unknown[]): Obj {
  const types = new Set(values.filter((v) => v !== undefined).map(jsonType));
  if (types.has("integer") && types.has("number")) types.delete("integer");
  const list = [...types].sort((a, b) => (a == "null" ? 1 : b == "null" ? -1 : a.localeCompare(b)));
  const schema: Obj = { type: list.length == 1 ? list[0] : list };
  if (types.has("array")) {
    const items = values.filter(Array.isArray).flat();
    if (items.length) schema.items = inferSchema(items);
  }
  return schema;
}

const plural = (n: number, word: string) => `${n} ${word}${n == 1 ? "" : "s"}`;

/** Applies every fix the report's findings carry to `file`; returns what changed and how many findings had no fix. */
export function writeFixes(file: string, report: Report): { changes: string[]; unfixed: number } {
  const doc = parse(readFileSync(file, "utf8")) as Obj;
  const yaml = new YamlText(readFileSync(file, "utf8"));
  const changes: string[] = [];
  const fixes = report.groups.flatMap((g) => g.fixes.map((fix) => ({ fix, count: g.exchanges.size })));
  const unfixed = report.groups.filter((g) => !g.fixes.length).length;
  const byKey = <F extends Fix>(op: F["op"], key: (f: F) => string) => {
    const out = new Map<string, { fixes: F[]; count: number }>();
    for (const { fix, count } of fixes)
      if (fix.op == op) {
        const k = key(fix as F);
        const entry = out.get(k) ?? { fixes: [], count: 0 };
        entry.fixes.push(fix as F);
        entry.count = Math.max(entry.count, count);
        out.set(k, entry);
      }
    return out;
  };

  for (const [, { fixes: fs, count }] of byKey<Of<"add-property">>(
    "add-property",
    (f) => `${f.schema}\n${f.name}`,
  )) {
    const { schema, name } = fs[0]!;
    const property: Obj = {
      ...inferSchema(fs.map((f) => f.value)),
      description: `Seen in traffic (${plural(count, "exchange")}); not in the provider's documentation.`,
    };
    if (yaml.has(schema, "properties")) yaml.set(join(schema, "properties"), name, property);
    else yaml.set(schema, "properties", { [name]: property });
    changes.push(`#${join(schema, "properties", name)}: added, ${JSON.stringify(property.type)}`);
  }

  for (const [schema, { fixes: fs }] of byKey<Of<"allow-type">>("allow-type", (f) => f.schema)) {
    const node = at(doc, schema) as Obj;
    const seen = [...new Set(fs.map((f) => f.type))];
    if (node?.type !== undefined) {
      const before: string[] = [].concat(node.type);
      const added = seen.filter((t) => !before.includes(t) && !(t == "integer" && before.includes("number")));
      const type = [
        ...before,
        ...added.filter((t) => t != "null"),
        ...(added.includes("null") ? ["null"] : []),
      ];
      yaml.set(schema, "type", type);
      yaml.describe(
        schema,
        added.includes("null") && added.length == 1
          ? "Seen in traffic: null."
          : `Seen in traffic as ${added.join(", ")}.`,
      );
      changes.push(
        `#${schema}: type ${JSON.stringify(before.length == 1 ? before[0] : before)} → ${JSON.stringify(type)}`,
      );
    } else if (Array.isArray(node?.anyOf) || Array.isArray(node?.oneOf)) {
      const key = Array.isArray(node.anyOf) ? "anyOf" : "oneOf";
      for (const type of seen) yaml.append(join(schema, key), { type });
      yaml.describe(schema, `Seen in traffic as ${seen.join(", ")}.`);
      changes.push(`#${schema}: ${key} gains ${seen.map((t) => `{ type: ${t} }`).join(", ")}`);
    }
  }

  for (const [schema, { fixes: fs }] of byKey<Of<"widen-enum">>("widen-enum", (f) => f.schema)) {
    const node = at(doc, schema) as Obj;
    const values = [...new Map(fs.map((f) => [JSON.stringify(f.value), f.value])).values()];
    if (Array.isArray(node?.enum)) for (const v of values) yaml.append(join(schema, "enum"), v);
    else if (node && "const" in node) yaml.rename(schema, "const", "enum", [node.const, ...values]);
    else continue;
    yaml.describe(schema, `Seen in traffic: ${values.map((v) => JSON.stringify(v)).join(", ")}.`);
    changes.push(`#${schema}: enum gains ${values.map((v) => JSON.stringify(v)).join(", ")}`);
  }

  for (const [, { fixes: fs, count }] of byKey<Of<"optional">>("optional", (f) => `${f.schema}\n${f.name}`)) {
    const { schema, name } = fs[0]!;
    const node = at(doc, schema) as Obj;
    if (!Array.isArray(node?.required)) continue;
    if (node.required.length == 1) yaml.remove(schema, "required");
    else yaml.removeItem(join(schema, "required"), name);
    if (node.properties?.[name] && typeof node.properties[name] == "object" && !node.properties[name].$ref)
      yaml.describe(
        join(schema, "properties", name),
        `Optional: seen in traffic without it (${plural(count, "exchange")}).`,
      );
    changes.push(`#${schema}: "${name}" no longer required`);
  }

  for (const [, { fixes: fs, count }] of byKey<Of<"document-status">>(
    "document-status",
    (f) => `${f.responses}\n${f.status}`,
  )) {
    const { responses, status, like } = fs[0]!;
    const note = `Seen in traffic (${plural(count, "exchange")}); not in the provider's documentation.`;
    const model = like ? (at(doc, like) as Obj) : undefined;
    const bodies = fs.map((f) => f.body).filter((b) => b !== undefined);
    const response: Obj = model?.$ref
      ? { $ref: model.$ref, description: note }
      : model
        ? {
            description: note,
            ...(model.headers ? { headers: model.headers } : {}),
            ...(model.content ? { content: model.content } : {}),
          }
        : {
            description: note,
            ...(bodies.length ? { content: { "application/json": { schema: inferSchema(bodies) } } } : {}),
          };
    yaml.set(responses, status, response);
    changes.push(`#${join(responses, status)}: documented${like ? `, like #${like}` : ""}`);
  }

  writeFileSync(file, yaml.text);
  return { changes, unfixed };
}
