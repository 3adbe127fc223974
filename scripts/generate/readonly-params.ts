/**
 * A parameter that takes a list takes a readonly one too (`["a", "b"] as const`, a `ReadonlyArray`
 * kept in a constant): core never changes a parameter it is given. Only parameters: a response's
 * arrays stay mutable, as they arrive, and a body's schema is shared with the responses.
 */
import ts from "typescript";

/** A parameter's schema, or anything inside it: `#/paths/<path>[/<method>]/parameters/…`, `#/components/parameters/…`. */
const IN_PARAMETER = /^#\/(?:paths\/[^/]+(?:\/[a-z]+)?|components)\/parameters\//;

/** openapi-typescript's `postTransform`: an array type inside a parameter is `readonly`. */
export function readonlyParamType(type: ts.TypeNode, options: { path?: string }): ts.TypeNode | undefined {
  if (!ts.isArrayTypeNode(type) || !IN_PARAMETER.test(options.path ?? "")) return undefined;
  return ts.factory.createTypeOperatorNode(ts.SyntaxKind.ReadonlyKeyword, type);
}
