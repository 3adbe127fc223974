import { current, reported, short, stepping } from "../step.js";
import { pick } from "../../spec/pointer.js";
import type { Page, PageLoad, PageStyle, PaginationMeta } from "../types.js";

/**
 * `page`: page numbers from `firstPage` (0 or 1), up to the reported total or a short page. With
 * a reported total, the pages after the first are fetched several at a time (`fanOut`).
 */
export const pagePagination: PageStyle = /* @__PURE__ */ Object.assign(
  stepping((p, page, hasMore) => {
    const n = current(p, page);
    const total = reported(page, p.totalPages);
    const end = total === undefined ? short(p, page, hasMore) : total <= n + 1 - (p.firstPage ?? 1);
    return end ? undefined : { [p.pageParam!]: n + 1 };
  }),
  { fanOut },
);

/**
 * The pages after `first` up to the last page reported (and at most `most` of them: the consumer
 * takes no more), `concurrency` in flight at a time (the first ones requested at once), in order. Each page may move the end: a later total, or a
 * next page past it, extends the walk; a page that reports no next one ends it.
 */
function fanOut(
  p: PaginationMeta,
  first: Page<unknown>,
  concurrency: number,
  load: PageLoad,
  most = Infinity,
) {
  const firstPage = p.firstPage ?? 1;
  const param = p.pageParam!;
  const lastOf = (page: Page<unknown>) => {
    const total = pick(page.data, p.totalPages);
    const next = page.next ? +page.next.query[param]! : -Infinity;
    return Math.max(typeof total == "number" ? firstPage + total - 1 : -Infinity, next);
  };
  if (typeof pick(first.data, p.totalPages) != "number" || !first.next) return undefined;
  let last = lastOf(first);
  const queue: Promise<Page<unknown>>[] = [];
  let number = +first.next.query[param]!;
  let index = first.page;
  const fill = () => {
    while (queue.length < concurrency && number <= last && index - first.page < most)
      queue.push(load({ ...first.query, [param]: number++ }, ++index));
  };
  fill();
  return (async function* () {
    for (let pending; (pending = queue.shift());) {
      const page = await pending;
      if (!page.next) return void (yield page);
      last = Math.max(last, lastOf(page));
      fill();
      yield page;
    }
  })();
}
