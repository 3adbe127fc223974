import { type DriftFinding, SpecDriftError, ValidationError } from "../errors/classes.js";
import type { HookEvent, Hooks } from "../request/hooks.js";
import type { FetchResult } from "../request/response.js";
import type { Redact } from "../security/redact.js";

/** An error of a generated validator (ajv's shape; `schemaPath` is the schema's pointer in the spec). */
interface SchemaError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, any>>;
  readonly message?: string;
}

/** A generated validator of one documented response body. */
export type SchemaCheck = ((body: unknown) => boolean) & { errors?: readonly SchemaError[] | null };

/** Per operation (`"GET /users"`), per documented status key (`"200"`, `"4XX"`, `"default"`): its body's check, or null (no JSON body). */
export type ResponseTable = Readonly<Record<string, Readonly<Record<string, SchemaCheck | null>>>>;

/** Where drift is reported: a client's `validateResponses` mode, its hooks, its redaction. */
export type DriftMode = "warn" | "throw";

/** Checks a call's final result; throws a `SpecDriftError` in `"throw"` mode, reports it in `"warn"`. */
export type DriftInspector = (call: HookEvent, result: FetchResult) => void;

/** The generated validators of one provider's spec: `import { validators } from "@clientele/<provider>/validate"`. */
export interface ResponseValidators {
  /** The provider the spec describes (the client checks it is its own). */
  readonly provider: string;
  /** The spec, relative to the repository: `specs/<provider>/openapi.yaml`. */
  readonly file: string;
  /** The findings of one response: none when it is what the operation documents for its status. */
  check(operation: string, status: number, body: unknown): DriftFinding[];
  /**
   * The inspector a client of `provider` runs on every final response (each page of a walk, each
   * batch chunk); a `ValidationError` when the validators describe another provider.
   */
  inspector(mode: DriftMode, hooks: Hooks, redact: Redact, provider: string): DriftInspector;
}

const escape = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");
const unescape = (s: string) => s.replace(/~1/g, "/").replace(/~0/g, "~");

/** A value as its type and size, never its content. */
export function shapeOf(value: unknown): string {
  if (value === undefined) return "absent";
  if (value === null) return "null";
  if (typeof value == "string") return `string(${value.length})`;
  if (typeof value == "number") return Number.isInteger(value) ? "integer" : "number";
  if (Array.isArray(value)) return `array(${value.length})`;
  if (typeof value == "object") return `object{${Object.keys(value).length} keys}`;
  return typeof value;
}

const at = (body: unknown, pointer: string): unknown =>
  pointer
    .split("/")
    .slice(1)
    .reduce<any>((node, key) => (node && typeof node == "object" ? node[unescape(key)] : undefined), body);

const list = (values: readonly unknown[], max = 12) =>
  values
    .slice(0, max)
    .map((v) => JSON.stringify(v))
    .join(", ") + (values.length > max ? ", …" : "");

/** What a failed keyword expected, in words. */
function expectation({ keyword, params, message }: SchemaError): string {
  switch (keyword) {
    case "type":
      return `type ${String(params.type).split(",").join(" or ")}`;
    case "required":
      return `property ${JSON.stringify(params.missingProperty)}`;
    case "additionalProperties":
    case "unevaluatedProperties":
      return "only the documented properties";
    case "enum":
      return `one of ${list(params.allowedValues)}`;
    case "const":
      return JSON.stringify(params.allowedValue);
    case "format":
      return `format ${params.format}`;
    case "pattern":
      return `pattern ${params.pattern}`;
    default:
      return "limit" in params ? `${keyword} ${params.limit}` : `${keyword}: ${message ?? "invalid"}`;
  }
}

/** A finding of one validator error: where in the body, where in the spec, expected and found. */
function finding(file: string, body: unknown, error: SchemaError): DriftFinding {
  const { keyword, params, instancePath, schemaPath } = error;
  const extra = params.additionalProperty ?? params.unevaluatedProperty ?? params.missingProperty;
  const pointer = extra === undefined ? instancePath : `${instancePath}/${escape(String(extra))}`;
  const undocumented = keyword == "additionalProperties" || keyword == "unevaluatedProperties";
  return {
    pointer,
    specLocation: { file, pointer: schemaPath.slice(1, schemaPath.lastIndexOf("/")) },
    expected: expectation(error),
    found: shapeOf(at(body, pointer)),
    rule: undocumented ? "undocumented-property" : keyword,
  };
}

/** The status key an operation documents `status` under: exact, `NXX`, then `default` for an error. */
function statusKey(statuses: Readonly<Record<string, unknown>>, status: number): string | undefined {
  const keys = [String(status), `${String(status)[0]}XX`];
  if (status >= 300) keys.push("default");
  return keys.find((k) => k in statuses);
}

/**
 * The validators of one spec, from its generated table (the `/validate` subpath of a provider
 * package builds them; core reads them only when a client opts in).
 */
export function responseValidators(provider: string, file: string, table: ResponseTable): ResponseValidators {
  const check = (operation: string, status: number, body: unknown): DriftFinding[] => {
    const statuses = table[operation];
    if (!statuses) return [];
    const key = statusKey(statuses, status);
    if (key === undefined) {
      const [method, path] = operation.split(" ") as [string, string];
      const documented = Object.keys(statuses).join(", ");
      return [
        {
          pointer: "",
          specLocation: { file, pointer: `/paths/${escape(path)}/${method.toLowerCase()}/responses` },
          expected: `a documented status (${documented})`,
          found: `status ${status}`,
          rule: "status",
        },
      ];
    }
    const validate = statuses[key];
    if (!validate) {
      const empty = body === undefined || body === "";
      return empty ? [] : [bodyFinding(file, operation, key, body)];
    }
    return validate(body) ? [] : (validate.errors ?? []).map((e) => finding(file, body, e));
  };
  return {
    provider,
    file,
    check,
    inspector(mode, hooks, redact, client) {
      if (client != provider)
        throw new ValidationError(`validators describe ${provider}, not ${client}`, "validators", "provider");
      return (call, { data, error, response }) => {
        const { status } = response;
        const operation = `${call.method} ${call.path}`;
        const findings = check(operation, status, response.ok ? data : error);
        if (!findings.length) return;
        const drift = driftError(operation, status, file, findings, call, redact);
        hooks.onDrift?.({ ...call, status, drift });
        if (mode == "throw") throw drift;
        if (!hooks.onDrift) console.warn(drift.message);
      };
    },
  };
}

function bodyFinding(file: string, operation: string, key: string, body: unknown): DriftFinding {
  const [method, path] = operation.split(" ") as [string, string];
  return {
    pointer: "",
    specLocation: {
      file,
      pointer: `/paths/${escape(path)}/${method.toLowerCase()}/responses/${escape(key)}`,
    },
    expected: "no JSON body",
    found: shapeOf(body),
    rule: "body",
  };
}

/** The findings as one error: the pointers redacted, the first few in the message. */
function driftError(
  operation: string,
  status: number,
  file: string,
  all: DriftFinding[],
  { method, url, attempt: attempts }: HookEvent,
  redact: Redact,
): SpecDriftError {
  const findings = all.map((f) => ({ ...f, pointer: redact(f.pointer) }));
  const shown = findings
    .slice(0, 3)
    .map((f) => `${f.pointer || "/"} (${f.specLocation.pointer}): expected ${f.expected}, found ${f.found}`);
  const more = findings.length > 3 ? `; and ${findings.length - 3} more` : "";
  const message = `${method} ${url}: the ${status} response differs from ${file} in ${findings.length} place${findings.length == 1 ? "" : "s"}: ${shown.join("; ")}${more}`;
  return new SpecDriftError(message, { operation, status, findings, method, url, attempts });
}
