/**
 * The shape of `src/generated/metadata.ts` in every provider package: what `scripts/generate`
 * reads out of a spec, and what core interprets. See `specs/README.md` for the extensions.
 */
import type { PageStyle, PaginationMeta, PaginationStyle } from "../pagination/types.js";
import type { Pointer } from "./pointer.js";

/** The checks core makes on one parameter before sending. */
export interface ParamRule {
  /** The JSON type, or the types one of which the value has (`["string", "number"]`). */
  readonly type?: ParamType | readonly ParamType[];
  readonly required?: boolean;
  /** The schema allows `null` (`type: [..., "null"]`): a field may be given as `null`. */
  readonly nullable?: true;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly pattern?: string;
  readonly enum?: readonly unknown[];
  readonly format?: string;
  /** `x-serialize: json`: the value is sent as JSON text. */
  readonly json?: boolean;
  /** `x-serialize: epoch-ms`: a `Date` is sent as epoch milliseconds. */
  readonly epochMs?: boolean;
  /** `x-serialize: utc`: a point in time is sent as a UTC date-time ending in `Z`. */
  readonly utc?: boolean;
  /** A `oneOf`/`anyOf` schema: the value passes when it passes one of these. */
  readonly oneOf?: readonly ParamRule[];
  /** `explode: false`: an array is sent as one comma-separated value. */
  readonly explode?: false;
  /** `x-serialize: sort-keys`: an array of `{ field, order }` is sent as `+a,-b`. */
  readonly sortKeys?: true;
  /** An array's items (of `x-serialize: json`, its `contentSchema`'s): a scalar's rule, or an object's. */
  readonly items?: ParamRule | MemberRule;
}

export type ParamType = "string" | "integer" | "number" | "boolean" | "array" | "object";

export type ParamLocation = "path" | "query" | "header";
export type ParamRules = { readonly [L in ParamLocation]?: Readonly<Record<string, ParamRule>> };

export interface BatchMeta {
  readonly items: string;
  readonly max: number;
  readonly min?: number;
  readonly key?: string;
  readonly failures?: Pointer;
  readonly failureKey?: string;
  readonly failureReason?: string;
  /** What each member must be, from the request body's schema: checked before anything is sent. */
  readonly member?: MemberRule;
}

/** A batch member's schema as core checks it: the fields it must carry, and each field's rule. */
export interface MemberRule {
  readonly required?: readonly string[];
  readonly fields?: Readonly<Record<string, ParamRule>>;
}

export interface RateLimitMeta {
  readonly requests: number;
  readonly perSeconds: number;
  /** Requests the provider lets through at once; without it, requests are spaced evenly. */
  readonly burst?: number;
  /** Operations whose budgets name the same scope share one budget (a category). */
  readonly scope?: string;
  /** Other plans' budgets, by name: `pace: "enterprise"` paces by that one instead. */
  readonly plans?: Readonly<Record<string, RateLimitMeta>>;
}

/**
 * A relation between two query parameters, checked when both are given (numbers, or dates as ISO
 * strings): `lessThan` a < b (a half-open window), `notAfter` a <= b (bounds that are both inclusive).
 */
export type Constraint =
  { readonly lessThan: readonly [string, string] } | { readonly notAfter: readonly [string, string] };

export interface OperationMeta {
  /** The spec's `operationId`, for people reading the metadata: core keys operations by `"<METHOD> <path>"`. */
  readonly id?: string;
  /** false when the operation is unauthenticated (`security: []`). */
  readonly auth?: false;
  readonly params?: ParamRules;
  readonly pagination?: PaginationMeta;
  readonly idempotent?: true;
  readonly batch?: BatchMeta;
  readonly constraints?: readonly Constraint[];
  readonly rateLimit?: RateLimitMeta;
  /** `x-method.payload`: where the generated method finds what it returns in the body. */
  readonly payload?: Pointer;
  /** `x-method.match`: the payload's one item whose `field` equals the path parameter `param` (none or several: malformed). */
  readonly match?: { readonly field: string; readonly param: string };
}

export interface ErrorsMeta {
  readonly code?: Pointer;
  readonly message?: Pointer;
  readonly requestIdHeaders?: readonly string[];
  readonly failure?: { readonly pointer: string; readonly equals: unknown };
}

export interface ServerMeta {
  readonly url: string;
  readonly description?: string;
  readonly variables?: Readonly<Record<string, ServerVariableMeta>>;
}

export interface ServerVariableMeta {
  readonly default: string;
  readonly enum?: readonly string[];
  /** `x-client-option`: the variable is a client option of its own name. */
  readonly option?: ClientOptionMeta;
}

/** `x-client-option`: how a server variable taken as a client option is checked. */
export interface ClientOptionMeta {
  /** No default is usable: the option is needed unless `baseUrl` is given. */
  readonly required?: boolean;
  /** A regular expression a valid value matches whole. */
  readonly pattern?: string;
  /** What a valid value is, in words, for the error that refuses another (`a host name such as …`). */
  readonly shape?: string;
}

/** `x-credential`: the client option that carries a scheme's credential, and its shape. */
export interface CredentialMeta {
  /** The client option that carries the credential. @default "apiKey" */
  readonly option?: string;
  /** What a valid credential is, in words, for the error that refuses another. */
  readonly shape?: string;
  /** A regular expression a valid credential matches whole. */
  readonly pattern?: string;
  /** The fixed start of every credential of this kind: text starting with it is masked wherever it appears. */
  readonly prefix?: string;
}

export type SecuritySchemeMeta = (
  | { readonly type: "http"; readonly scheme: string }
  | { readonly type: "apiKey"; readonly in: "header" | "query" | "cookie"; readonly name: string }
) & { readonly credential?: CredentialMeta };

/**
 * `x-client-choices`: one factory option that picks one of the spec's alternatives, by its value:
 * a server (by its description) or a security alternative (its schemes).
 */
export interface ChoiceMeta {
  /** The value used when the option is not given. */
  readonly default: string;
  /** Each value's server, by its `description`. */
  readonly server?: Readonly<Record<string, string>>;
  /** Each value's security alternative: the schemes sent together. */
  readonly security?: Readonly<Record<string, readonly string[]>>;
}

export interface ProviderMetadata {
  readonly name: string;
  /** The provider's generated factory (`createAcmeClient`), named in its option errors. */
  readonly factory?: string;
  /** The factory's options that pick a server or a security alternative (`x-client-choices`), by option. */
  readonly choices?: Readonly<Record<string, ChoiceMeta>>;
  /** The spec's security requirements: the alternatives, each the schemes sent together. */
  readonly security?: readonly (readonly string[])[];
  readonly servers: readonly ServerMeta[];
  readonly securitySchemes: Readonly<Record<string, SecuritySchemeMeta>>;
  readonly errors: ErrorsMeta;
  readonly rateLimit?: RateLimitMeta;
  /**
   * `x-client-option` on a path parameter: the client option of the parameter's name fills it in
   * every call that leaves it out; the option is checked by the parameter's rule.
   */
  readonly pathOptions?: Readonly<Record<string, ParamRule>>;
  /** Keyed by `"<METHOD> <path>"`, e.g. `"GET /v1/users"`; one with nothing to check may be left out. */
  readonly operations: Readonly<Record<string, OperationMeta>>;
  /**
   * Core's implementation of each pagination style the operations use (`cursorPagination`, …),
   * imported by the generated metadata: a client ships the styles its spec uses, and no other.
   */
  readonly pageStyles?: { readonly [S in PaginationStyle]?: PageStyle };
}
