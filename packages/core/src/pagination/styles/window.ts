import { fail, last, stepping } from "../step.js";
import { pick } from "../../spec/pointer.js";
import type { Page, PagePosition, PageStyle, PageView, PaginationMeta, Query } from "../types.js";

const millis = (stamp: unknown) => (typeof stamp == "number" ? stamp : Date.parse(stamp as string));

const windowStep = /* @__PURE__ */ stepping((p, page) => {
  const ms = millis(last(page, p.windowField));
  if (ms !== ms) fail(`the last item has no usable ${p.windowField} timestamp`);
  // with item keys, the next window includes the last millisecond and drops what was delivered
  return { [p.windowParam!]: p.windowKey ? ms : ms - 1 };
});

/**
 * `window`: items newest first, each window ending at the last item's timestamp. With item keys
 * (`windowKey`) a window starts at that millisecond itself and drops the items already delivered
 * there (`exclude`); a page whose items were all delivered before moves one millisecond earlier.
 * A page shorter than `windowMax` holds everything up to its end: it is the last.
 */
export const windowPagination: PageStyle = /* @__PURE__ */ Object.assign(windowPage, { inside });

function windowPage(p: PaginationMeta, page: PageView, exclude?: readonly string[]) {
  const all = page.items;
  const items = exclude?.length
    ? all.filter((item) => !exclude.includes(String(pick(item, p.windowKey))))
    : (all as unknown[]);
  if (all.length < (p.windowMax ?? 0)) return { items };
  // every item of the page is delivered, now or before: the next window starts from the oldest
  const next = all.length && !items.length ? stepBack(p, page.query) : windowStep(p, page).next;
  return { items, next, exclude: next && seen(p, page, exclude) };
}

/**
 * With item keys, a walk stopped mid-page resumes by the keys it delivered, not by a count, and its
 * window is pinned to the page's newest item: a feed that gains newer events meanwhile neither
 * shifts the page (a count would deliver an item twice) nor sends them out of order (they belong
 * to a later walk).
 */
function inside(p: PaginationMeta, page: Page<unknown>, delivered: number): PagePosition | undefined {
  if (!p.windowKey) return undefined;
  const { query, items } = page;
  const end = query[p.windowParam!] ?? millis(pick(items[0], p.windowField));
  const keys = items.slice(0, delivered).map((item) => String(pick(item, p.windowKey)));
  return {
    query: { ...query, [p.windowParam!]: end },
    page: page.page,
    skip: 0,
    exclude: [...(page.exclude ?? []), ...keys],
  };
}

/**
 * The keys of a window page's items at its last millisecond, delivered now or before (plus those
 * already excluded there): the next window starts at that millisecond and must not deliver them again.
 */
function seen(p: PaginationMeta, page: PageView, excluded: readonly string[] = []): string[] | undefined {
  if (!p.windowKey || !page.items.length) return undefined;
  const edge = millis(last(page, p.windowField));
  const carried = +(page.query[p.windowParam!] ?? NaN) === edge ? excluded : [];
  const atEdge = page.items.filter((item) => millis(pick(item, p.windowField)) === edge);
  return [...carried, ...atEdge.map((item) => String(pick(item, p.windowKey)))];
}

/**
 * A window page whose items were all delivered before: every item of its millisecond has been
 * seen, so the walk goes on one millisecond earlier. (A provider that returns more items of one
 * millisecond than fit in a page cannot be walked past them; nothing in its answers tells.)
 */
function stepBack(p: PaginationMeta, query: Query): Query | undefined {
  const edge = +(query[p.windowParam!] ?? NaN);
  return edge === edge ? { ...query, [p.windowParam!]: edge - 1 } : undefined;
}
