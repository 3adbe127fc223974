import { pick } from "../../spec/pointer.js";
import { current, fail, present, stepping } from "../step.js";

/** `cursor`: the next cursor from the body; Thought Industries' page number when there is none but more. */
export const cursorPagination = /* @__PURE__ */ stepping((p, page, hasMore) => {
  const cursor = pick(page.data, p.nextCursor);
  if (present(cursor)) return { [p.cursorParam!]: cursor, ...(p.pageParam && { [p.pageParam]: undefined }) };
  if (!hasMore) return undefined;
  if (!p.pageParam) fail("the server says there are more items but sent no cursor");
  return {
    [p.cursorParam!]: undefined,
    [p.pageParam!]: current(p, page, pick(page.data, p.currentPage)) + 1,
  };
});
