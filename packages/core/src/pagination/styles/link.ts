import { parseQuery, stepping } from "../step.js";

/** `link`: the `rel="next"` target of an RFC 8288 `Link` header, whose query replaces the page's. */
export const linkPagination = /* @__PURE__ */ stepping((_p, page) => {
  const target = nextLink(page.response.headers.get("link") ?? "");
  return target === undefined ? undefined : parseQuery(target);
}, true);

/**
 * The target of the link whose `rel` names the relation type `next` (RFC 8288: `rel` is a
 * space-separated list of types, compared case-insensitively; other parameters, such as a `title`
 * of "next", and types such as `next-page` do not count).
 */
export function nextLink(header: string): string | undefined {
  for (const [, target, params] of header.matchAll(/<([^>]*)>((?:[^,"<]|"(?:[^"\\]|\\.)*")*)/g)) {
    for (const [, name, quoted, token] of params!.matchAll(
      /;\s*([^\s=;]+)\s*(?:=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s;,]*)))?/g,
    ))
      if (name!.toLowerCase() == "rel" && (quoted ?? token ?? "").toLowerCase().split(/\s+/).includes("next"))
        return target;
  }
  return undefined;
}
