import { describe, expect, it } from "vitest";
import {
  type Filter,
  ValidationError,
  checkFilters,
  checkStageIds,
  serializeFilters,
  serializeSortBy,
} from "../src/index.js";

const ok: Filter = { mode: "include", field: "user.company", operator: "=", value: "Mercury.ai" };
const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).field;
  }
  throw new Error("expected a ValidationError");
};

describe("checkFilters", () => {
  it("keeps the four members only, as copies", () => {
    const extra = { ...ok, note: "dropped" } as Filter;
    const [out] = checkFilters([extra]);
    expect(out).toEqual(ok);
    expect(out).not.toBe(extra);
  });

  it.each([
    ["not an array", "x", "query.filters"],
    ["a hole", [ok, , ok], "query.filters[1]"],
    ["null", [null], "query.filters[0]"],
    ["an unknown mode", [{ ...ok, mode: "keep" }], "query.filters[0].mode"],
    ["an empty field", [ok, { ...ok, field: "" }], "query.filters[1].field"],
    ["a missing operator", [{ ...ok, operator: undefined }], "query.filters[0].operator"],
    ["an object value", [{ ...ok, value: {} }], "query.filters[0].value"],
    ["a missing value", [{ mode: "include", field: "a", operator: "=" }], "query.filters[0].value"],
    ["Infinity", [{ ...ok, value: Infinity }], "query.filters[0].value"],
  ])("names the member for %s", (_name, input, field) => {
    expect(fieldOf(() => checkFilters(input as Filter[]))).toBe(field);
  });

  it("accepts every scalar value, null included", () => {
    for (const value of ["", 0, -1.5, true, false, null])
      expect(checkFilters([{ ...ok, value }])).toHaveLength(1);
  });
});

describe("serializeFilters", () => {
  it("gives the JSON text the documentation shows", () => {
    expect(serializeFilters([ok])).toBe(
      '[{"mode":"include","field":"user.company","operator":"=","value":"Mercury.ai"}]',
    );
    expect(serializeFilters([])).toBe("[]");
  });
});

describe("serializeSortBy", () => {
  it("signs each key and joins them with commas", () => {
    const keys = [
      { field: "user.lastName", order: "asc" },
      { field: "user.age", order: "desc" },
    ] as const;
    expect(serializeSortBy([...keys])).toBe("+user.lastName,-user.age");
  });

  it.each([
    ["not an array", "user.lastName", "query.sortBy"],
    ["a comma in a field", [{ field: "a,b", order: "asc" }], "query.sortBy[0].field"],
    ["a leading space", [{ field: " a", order: "asc" }], "query.sortBy[0].field"],
    ["an empty field", [{ field: "", order: "asc" }], "query.sortBy[0].field"],
    [
      "an unknown order",
      [
        { field: "a", order: "asc" },
        { field: "b", order: "ASC" },
      ],
      "query.sortBy[1].order",
    ],
    ["a string entry", ["+a"], "query.sortBy[0]"],
  ])("names the member for %s", (_name, input, field) => {
    expect(fieldOf(() => serializeSortBy(input as never))).toBe(field);
  });
});

describe("checkStageIds", () => {
  it("keeps ids and refuses an empty list, an empty id or a comma", () => {
    expect(checkStageIds(["a", "b"])).toEqual(["a", "b"]);
    expect(fieldOf(() => checkStageIds([]))).toBe("query.stageIds");
    expect(fieldOf(() => checkStageIds(["a", ""]))).toBe("query.stageIds[1]");
    expect(fieldOf(() => checkStageIds(["a,b"]))).toBe("query.stageIds[0]");
  });
});
