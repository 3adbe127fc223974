import { describe, expect, it } from "vitest";
import { compareKeys, sliceAt, sliceByKey, slicePage } from "../src/paging";

const items = Array.from({ length: 7 }, (_, i) => ({ id: `id_${i}` }));
const keyOf = (item: { id: string }) => item.id;

describe("slicePage", () => {
  it.each([
    [0, 0, ["id_0", "id_1", "id_2"], true],
    [2, 0, ["id_6"], false],
    [1, 1, ["id_0", "id_1", "id_2"], true],
    [3, 1, ["id_6"], false],
    [5, 0, [], false],
  ] as const)("page %i counting from %i", (page, first, want, hasMore) => {
    const slice = slicePage(items, page, 3, first);
    expect(slice.items.map(keyOf)).toEqual(want);
    expect(slice).toMatchObject({ page, pageSize: 3, total: 7, totalPages: 3, hasMore });
  });

  it("refuses a page size below 1", () => {
    expect(() => slicePage(items, 0, 0)).toThrow(RangeError);
  });
});

describe("sliceAt", () => {
  it("gives the next offset until the end", () => {
    expect(sliceAt(items, 0, 4)).toMatchObject({ nextOffset: 4, hasMore: true, total: 7 });
    expect(sliceAt(items, 4, 4)).toMatchObject({ nextOffset: undefined, hasMore: false });
    expect(sliceAt(items, 4, 4).items.map(keyOf)).toEqual(["id_4", "id_5", "id_6"]);
  });
});

describe("sliceByKey", () => {
  it("starts at the key when inclusive, after it otherwise", () => {
    expect(sliceByKey(items, "id_2", 2, { keyOf, inclusive: true }).items.map(keyOf)).toEqual([
      "id_2",
      "id_3",
    ]);
    const after = sliceByKey(items, "id_2", 2, { keyOf, inclusive: false });
    expect(after).toMatchObject({ hasMore: true, lastKey: "id_4" });
    expect(after.items.map(keyOf)).toEqual(["id_3", "id_4"]);
  });

  it("starts from the first item without a key and ends with an empty page", () => {
    expect(sliceByKey(items, undefined, 3, { keyOf, inclusive: true }).items.map(keyOf)).toEqual([
      "id_0",
      "id_1",
      "id_2",
    ]);
    expect(sliceByKey(items, "id_6", 3, { keyOf, inclusive: false })).toEqual({
      items: [],
      hasMore: false,
      lastKey: undefined,
    });
  });

  it("orders numbers numerically and strings by code unit", () => {
    expect([10, 9, 100].sort(compareKeys)).toEqual([9, 10, 100]);
    expect(["b", "B", "a"].sort(compareKeys)).toEqual(["B", "a", "b"]);
  });
});
