import { pick } from "../../spec/pointer.js";
import { fail, last, present, short, stepping } from "../step.js";
import type { PageStyle, PageView, PaginationMeta } from "../types.js";

const keysetStep = /* @__PURE__ */ stepping((p, page, hasMore) => {
  // an inclusive page the walk asked for lost its first item (the boundary) before this step
  if (short(p, page, hasMore, +walkBoundary(p, page))) return undefined;
  const key = last(page, p.keyField);
  return {
    [p.keyParam!]: present(key) ? key : fail(`the last item has no ${p.keyField} to continue from`),
    // an inclusive page of one would hold only the boundary, and the walk could never pass it
    ...(p.inclusive && page.query[p.sizeParam!] == 1 && { [p.sizeParam!]: 2 }),
  };
});

/** Whether a page starts from a key the walk took from its previous page (not the caller's own start). */
const walkBoundary = (p: PaginationMeta, page: PageView) =>
  !!p.inclusive && page.index > 0 && page.query[p.keyParam!] !== undefined;

/**
 * `keyset`: continues from the last item's key. A page the walk asked for from an inclusive key
 * begins with the item the previous page ended on: it is dropped, but only when its key equals the
 * requested key, so an exclusive server loses nothing. The caller's own start key is kept: the
 * first page starts with that item, as the caller asked.
 */
export const keysetPagination: PageStyle = (p, page) => {
  const boundary =
    walkBoundary(p, page) && String(pick(page.items[0], p.keyField)) === String(page.query[p.keyParam!]);
  return keysetStep(p, boundary ? { ...page, items: page.items.slice(1) } : page);
};
