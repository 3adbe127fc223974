import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { ROOT } from "./providers.ts";
import { escapeSegment } from "./pointer.ts";

type Obj = Record<string, any>;

/** `specs/extensions.schema.json`: the one definition of every extension a spec may use. */
export const EXTENSION_SCHEMA: Obj = JSON.parse(
  readFileSync(join(ROOT, "specs", "extensions.schema.json"), "utf8"),
);

/** Where an extension may stand: `root`, `operation`, `root or operation`, `parameter`, `security scheme`, `server variable`. */
export const whereOf = (name: string): string => EXTENSION_SCHEMA.properties[name]["x-where"];

/** A place in a spec that breaks the extension schema. */
export interface ExtensionProblem {
  /** The JSON pointer of the offending value in the spec, e.g. `/paths/~1users/get/x-pagination/style`. */
  pointer: string;
  message: string;
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv2020, formats: string[]) => void)(ajv, ["regex"]);
ajv.addSchema(EXTENSION_SCHEMA, "extensions");
const validators = new Map(
  Object.keys(EXTENSION_SCHEMA.properties).map((name) => [
    name,
    ajv.getSchema(`extensions#/properties/${escapeSegment(name)}`)!,
  ]),
);

/**
 * Every `x-` member of the spec checked against the extension schema: an unknown extension, one in
 * a place it may not stand, a value of the wrong shape, a required one missing.
 */
export function checkExtensions(doc: Obj): ExtensionProblem[] {
  const problems: ExtensionProblem[] = [];
  const visit = (node: Obj | undefined, pointer: string, place: string) => {
    for (const [name, value] of Object.entries(node ?? {})) {
      if (!name.startsWith("x-")) continue;
      const at = `${pointer}/${escapeSegment(name)}`;
      const validate = validators.get(name);
      if (!validate) {
        problems.push({
          pointer: at,
          message: `unknown extension ${name} (see specs/extensions.schema.json)`,
        });
      } else if (!whereOf(name).includes(place)) {
        problems.push({ pointer: at, message: `${name} belongs on ${whereOf(name)}, not on ${place}` });
      } else if (!validate(value)) {
        problems.push(...(validate.errors ?? []).map((error) => problem(at, error)));
      }
    }
  };
  visit(doc, "", "root");
  for (const [name, spec] of Object.entries(EXTENSION_SCHEMA.properties as Obj))
    if (spec["x-required"] && doc[name] === undefined)
      problems.push({ pointer: "", message: `the root must have ${name}` });
  for (const [path, item] of Object.entries<Obj>(doc.paths ?? {})) {
    const itemAt = `/paths/${escapeSegment(path)}`;
    (item.parameters ?? []).forEach((p: Obj, i: number) =>
      visit(p, `${itemAt}/parameters/${i}`, "parameter"),
    );
    for (const method of METHODS) {
      const op = item[method] as Obj | undefined;
      if (!op) continue;
      visit(op, `${itemAt}/${method}`, "operation");
      (op.parameters ?? []).forEach((p: Obj, i: number) =>
        visit(p, `${itemAt}/${method}/parameters/${i}`, "parameter"),
      );
    }
  }
  (doc.servers ?? []).forEach((server: Obj, i: number) => {
    for (const [name, variable] of Object.entries<Obj>(server.variables ?? {}))
      visit(variable, `/servers/${i}/variables/${escapeSegment(name)}`, "server variable");
  });
  for (const [name, scheme] of Object.entries<Obj>(doc.components?.securitySchemes ?? {}))
    visit(scheme, `/components/securitySchemes/${escapeSegment(name)}`, "security scheme");
  for (const [name, p] of Object.entries<Obj>(doc.components?.parameters ?? {}))
    visit(p, `/components/parameters/${escapeSegment(name)}`, "parameter");
  return problems;
}

function problem(at: string, error: ErrorObject): ExtensionProblem {
  const extra = error.params as Obj;
  const detail =
    error.keyword === "additionalProperties"
      ? `has an unknown field ${JSON.stringify(extra.additionalProperty)}`
      : error.keyword === "enum"
        ? `must be one of ${(extra.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`
        : error.message;
  return { pointer: `${at}${error.instancePath}`, message: `${detail}` };
}

/** The problems as lines a user can act on: `specs/acme/openapi.yaml#/paths/~1users/get/x-pagination: …`. */
export const describeProblems = (file: string, problems: readonly ExtensionProblem[]) =>
  problems.map((p) => `${file}#${p.pointer}: ${p.message}`).join("\n");
