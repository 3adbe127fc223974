import { pick } from "../../spec/pointer.js";
import { fail, parseQuery, stepping } from "../step.js";

/** `next-query`: a query string the body gives (Metacom), merged into the page's query. */
export const nextQueryPagination = /* @__PURE__ */ stepping((p, page, hasMore) => {
  const next = pick(page.data, p.nextQuery);
  if (typeof next == "string" && next) return parseQuery(next);
  return hasMore ? fail("the server says there are more items but sent no next query") : undefined;
});
