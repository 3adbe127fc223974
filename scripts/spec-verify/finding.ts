/** What `spec:verify` reports: one disagreement between an exchange and the spec, where the spec says it. */

export type FindingKind =
  "operation" | "status" | "content-type" | "schema" | "property" | "header" | "pagination";

/** The minimal spec change that makes an exchange valid, when there is one `--write` knows. */
export type Fix =
  /** `schema` (an object schema's pointer) gains property `name`, typed from `value`. */
  | { readonly op: "add-property"; readonly schema: string; readonly name: string; readonly value: unknown }
  /** The schema at `schema` also allows JSON type `type` (`"null"`: allow null). */
  | { readonly op: "allow-type"; readonly schema: string; readonly type: string }
  /** The enum (or const) at `schema` also allows `value`. */
  | { readonly op: "widen-enum"; readonly schema: string; readonly value: unknown }
  /** Property `name` of the object schema at `schema` is no longer required. */
  | { readonly op: "optional"; readonly schema: string; readonly name: string }
  /** The operation's `responses` (at `responses`) documents `status`, shaped like the response at `like`, or like `body`. */
  | {
      readonly op: "document-status";
      readonly responses: string;
      readonly status: string;
      readonly like?: string;
      readonly body?: unknown;
    };

export interface Finding {
  readonly kind: FindingKind;
  /** A JSON pointer into the spec file: the schema, response, header or extension that disagrees. */
  readonly location: string;
  /** What disagrees, the same for every exchange that shows it (no per-exchange value). */
  readonly message: string;
  /** Where in the exchange: a pointer into the body, a header, the query. */
  readonly where?: string;
  readonly fix?: Fix;
  /**
   * An undocumented property of a schema that declares itself open (`additionalProperties: true`):
   * reported apart, as a note, unless `--strict` makes it a finding.
   */
  readonly open?: boolean;
}

/** A documented alternative (an `anyOf`/`oneOf` branch, a fallback pointer) that traffic took: reported, not a finding. */
export interface Shape {
  readonly location: string;
  readonly message: string;
}

export interface ExchangeResult {
  readonly findings: Finding[];
  readonly shapes: Shape[];
}

/** How a found value is shown: its type (and an enum's or const's value, which names no one). */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `array(${value.length})`;
  if (typeof value == "object") return `object{${Object.keys(value as object).length} keys}`;
  if (typeof value == "string") return `string(${value.length})`;
  return Number.isInteger(value) ? "integer" : typeof value;
}

export const jsonType = (value: unknown): string =>
  value === null
    ? "null"
    : Array.isArray(value)
      ? "array"
      : typeof value == "number"
        ? Number.isInteger(value)
          ? "integer"
          : "number"
        : typeof value;
