import type { ProviderName, ProviderTypes } from "../providers";
import { isnotaiTargets } from "./isnotai";
import { mercuryTargets } from "./mercury";
import { metacomTargets } from "./metacom";
import { sparkwiseTargets } from "./sparkwise";
import { thoughtIndustriesTargets } from "./thought-industries";

/** A request a fake answers with a 2xx, as a client sends it: `client.request(method, path, { params, body })`. */
export interface DriftCall {
  readonly method: string;
  /** The path template, `/users/{id}`. */
  readonly path: string;
  readonly params?: { readonly path?: Record<string, string>; readonly query?: Record<string, unknown> };
  readonly body?: unknown;
}

/** A property of a target object, and what its schema says of it. */
export interface DriftProperty {
  readonly name: string;
  /** Its schema's pointer, when not `<object schema>/properties/<name>` (a `$ref` to a component). */
  readonly schema?: string;
  /** Listed in the object's `required`. */
  readonly required?: boolean;
  /** Its schema allows `null`. */
  readonly nullable?: boolean;
}

/**
 * What the mutations of one operation work on: a valid call, the response's schema, one object of
 * the response with one of its properties (and an enum property, and the page fields, where the
 * operation has them), each with the pointer of its schema in `specs/<provider>/openapi.yaml`.
 */
export interface DriftTarget<State = any> {
  /** `"GET /users"`. */
  readonly operation: string;
  /** A call the fake answers with a 2xx, built from its state. */
  call(state: State): DriftCall;
  /** The pointer of the 2xx response's schema (null: the operation documents no JSON body). */
  readonly schema: string | null;
  /** One object of the response, and its schema; `open`: the schema says `additionalProperties: true`. */
  readonly object?: { readonly pointer: string; readonly schema: string; readonly open?: boolean };
  readonly property?: DriftProperty;
  /** A property of the object whose schema is an `enum`. */
  readonly enum?: DriftProperty;
  /** The object holding the page fields of a list, and its schema. */
  readonly page?: { readonly pointer: string; readonly schema: string; readonly open?: boolean };
}

const TARGETS: { [N in ProviderName]: readonly DriftTarget<ProviderTypes[N]["state"]>[] } = {
  isnotai: isnotaiTargets,
  "thought-industries": thoughtIndustriesTargets,
  sparkwise: sparkwiseTargets,
  metacom: metacomTargets,
  mercury: mercuryTargets,
};

/** The drift targets of a provider's fake: one per operation it serves. */
export function driftTargets<N extends ProviderName>(
  provider: N,
): readonly DriftTarget<ProviderTypes[N]["state"]>[] {
  return TARGETS[provider];
}
