import ts from "typescript";
import { describe, expect, it } from "vitest";
import { readonlyParamType } from "../generate/readonly-params.ts";

const f = ts.factory;
const strings = () => f.createArrayTypeNode(f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword));
const printed = (node: ts.TypeNode | undefined) =>
  node &&
  ts
    .createPrinter()
    .printNode(ts.EmitHint.Unspecified, node, ts.createSourceFile("t.ts", "", ts.ScriptTarget.ESNext));

describe("readonlyParamType", () => {
  it.each([
    "#/paths/~1users/get/parameters/query/ids",
    "#/paths/~1users/parameters/query/ids",
    "#/components/parameters/Ids",
    "#/paths/~1users/get/parameters/query/sort/oneOf/1",
  ])("makes a list inside a parameter readonly: %s", (path) => {
    expect(printed(readonlyParamType(strings(), { path }))).toBe("readonly string[]");
  });

  it.each([
    "#/components/schemas/User/properties/parameters/items",
    "#/paths/~1users/get/responses/200/content/application~1json/schema",
    "#/paths/~1users/post/requestBody/content/application~1json/schema",
    "",
  ])("leaves responses, bodies and schemas as they are: %s", (path) => {
    expect(readonlyParamType(strings(), { path })).toBeUndefined();
  });

  it("leaves a parameter that is not a list as it is", () => {
    const text = f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword);
    expect(readonlyParamType(text, { path: "#/components/parameters/Id" })).toBeUndefined();
  });
});
