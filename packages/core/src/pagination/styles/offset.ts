import { reported, short, stepping } from "../step.js";

/** `offset`: advances by the items received, up to the reported total (else to a short page). */
export const offsetPagination = /* @__PURE__ */ stepping((p, page, hasMore) => {
  const offset = +(page.query[p.offsetParam!] ?? 0) + page.items.length;
  const total = reported(page, p.total);
  const end = total === undefined ? short(p, page, hasMore) : total <= offset;
  return end ? undefined : { [p.offsetParam!]: offset };
});
