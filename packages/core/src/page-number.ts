import type { PaginationMeta } from "./metadata.js";
import { type PageLoad, type PageStyle, current, short, stepping } from "./page-step.js";
import type { Page } from "./paginate.js";
import { pick } from "./pointer.js";

/**
 * `page`: page numbers from `firstPage` (0 or 1), up to the reported total or a short page. With
 * a reported total, the pages after the first are fetched several at a time (`fanOut`).
 */
export const pagePagination: PageStyle = /* @__PURE__ */ Object.assign(
  stepping((p, page, hasMore) => {
    const n = current(p, page);
    const total = pick(page.data, p.totalPages) as number | undefined;
    if (total! <= n + 1 - (p.firstPage ?? 1) || short(p, page, hasMore)) return undefined;
    return { [p.pageParam!]: n + 1 };
  }),
  { fanOut },
);

/**
 * The pages after `first` up to the last page the first one reports, `concurrency` in flight at
 * a time (the first ones requested at once), yielded in order.
 */
function fanOut(p: PaginationMeta, first: Page<unknown>, concurrency: number, load: PageLoad) {
  const total = pick(first.data, p.totalPages);
  if (typeof total != "number" || !first.next) return undefined;
  const last = (p.firstPage ?? 1) + total - 1;
  const param = p.pageParam!;
  const queue: Promise<Page<unknown>>[] = [];
  let number = +first.next.query[param]!;
  let index = first.page;
  const fill = () => {
    while (queue.length < concurrency && number <= last)
      queue.push(load({ ...first.query, [param]: number++ }, ++index));
  };
  fill();
  return (async function* () {
    for (let pending; (pending = queue.shift());) {
      const page = await pending;
      fill();
      yield page;
      if (!page.next) return;
    }
  })();
}
