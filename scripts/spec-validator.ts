/**
 * Validates payloads against a provider's spec with ajv (JSON Schema 2020-12, the dialect of
 * OpenAPI 3.1). Used by the spec-examples test and by the fake servers' contract test.
 */
import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import { escapeSegment, segmentsOf } from "./lib/pointer.ts";

type Obj = Record<string, any>;
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

export interface SpecValidator {
  /** Errors of a response body for an operation and status (falling back to `NXX` and `default`), or null when valid. */
  response(operationId: string, status: number, body: unknown): string[] | null;
  /** Errors of a request body, or null when valid. */
  request(operationId: string, body: unknown): string[] | null;
  /** Errors of a webhook payload, or null when valid. */
  webhook(name: string, body: unknown): string[] | null;
  /** Every operationId of the spec, with its method and path. */
  operations: Map<string, { method: string; path: string }>;
}

export function createSpecValidator(specFile: string): SpecValidator {
  const doc = parse(readFileSync(specFile, "utf8")) as Obj;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema({ ...doc, $id: "spec" });
  const compiled = new Map<string, ValidateFunction>();
  const operations = new Map<string, { method: string; path: string; pointer: string }>();
  for (const [path, item] of Object.entries<Obj>(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (op?.operationId)
        operations.set(op.operationId, { method, path, pointer: `#/paths/${escapeSegment(path)}/${method}` });
    }
  }
  const resolve = (pointer: string): { node: Obj; pointer: string } => {
    let node: any = doc;
    for (const part of segmentsOf(pointer.slice(1))) node = node?.[part];
    return typeof node?.$ref === "string" ? resolve(node.$ref) : { node, pointer };
  };
  const check = (pointer: string, body: unknown): string[] | null => {
    let validate = compiled.get(pointer);
    if (!validate) compiled.set(pointer, (validate = ajv.compile({ $ref: `spec${pointer}` })));
    return validate(body)
      ? null
      : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
  };
  const operation = (id: string) => {
    const op = operations.get(id);
    if (!op) throw new Error(`${specFile}: no operation ${id}`);
    return op;
  };
  return {
    operations: new Map([...operations].map(([id, { method, path }]) => [id, { method, path }])),
    response(id, status, body) {
      const { pointer } = operation(id);
      const responses = resolve(`${pointer}/responses`).node;
      const key = [String(status), `${String(status)[0]}XX`, "default"].find((k) => k in responses);
      if (!key) return [`${id} declares no response for ${status}`];
      const response = resolve(`${pointer}/responses/${key}`);
      if (!response.node.content?.["application/json"])
        return body === undefined || body === "" ? null : [`${id} ${key} declares no JSON body`];
      return check(`${response.pointer}/content/application~1json/schema`, body);
    },
    request(id, body) {
      const requestBody = resolve(`${operation(id).pointer}/requestBody`);
      return check(`${requestBody.pointer}/content/application~1json/schema`, body);
    },
    webhook(name, body) {
      const hook = doc.webhooks?.[name];
      const method = METHODS.find((m) => hook?.[m]);
      if (!method) return [`no webhook ${name}`];
      const requestBody = resolve(`#/webhooks/${escape(name)}/${method}/requestBody`);
      return check(`${requestBody.pointer}/content/application~1json/schema`, body);
    },
  };
}
