import { format } from "prettier";
import { EXTENSION_SCHEMA } from "../lib/extensions.ts";

type Obj = Record<string, any>;
const START = "<!-- extensions:start (rendered from extensions.schema.json by `pnpm generate`) -->";
const END = "<!-- extensions:end -->";

const fieldsOf = (spec: Obj): Obj =>
  spec.properties ??
  spec.items?.properties ??
  spec.additionalProperties?.properties ??
  (spec.$ref ? refOf(spec.$ref).properties : undefined) ??
  {};
const refOf = (ref: string): Obj => EXTENSION_SCHEMA.$defs[ref.replace("#/$defs/", "")];
const required = (spec: Obj): string[] =>
  spec.required ??
  spec.additionalProperties?.required ??
  (spec.$ref ? (refOf(spec.$ref).required ?? []) : []);

/** One row per extension: where it stands, what it says, and its fields (required ones marked). */
function table(): string {
  const rows = Object.entries<Obj>(EXTENSION_SCHEMA.properties).map(([name, spec]) => {
    const fields = Object.entries<Obj>(fieldsOf(spec))
      .map(([field, f]) => `\`${field}\`${required(spec).includes(field) ? " (required)" : ""}`)
      .join(", ");
    const value = spec.const !== undefined ? `\`${JSON.stringify(spec.const)}\`` : fields || "—";
    const where = `${spec["x-where"]}${spec["x-required"] ? " (required)" : ""}`;
    return `| \`${name}\` | ${where} | ${spec.description.replace(/\|/g, "\\|")} | ${value} |`;
  });
  return ["| extension | where | what it declares | fields |", "| --- | --- | --- | --- |", ...rows].join(
    "\n",
  );
}

/** `specs/README.md` with its table of extensions rendered from the schema (formatted as prettier would). */
export async function renderExtensionsReadme(readme: string): Promise<string> {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`specs/README.md has no ${START} … ${END} section`);
  const next = `${readme.slice(0, start)}${START}\n\n${table()}\n\n${readme.slice(end)}`;
  return format(next, { parser: "markdown", printWidth: 110 });
}
