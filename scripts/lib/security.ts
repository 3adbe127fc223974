import { SENDABLE_SCHEMES, canSend } from "../../packages/core/src/security/schemes.ts";
import type { ExtensionProblem } from "./extensions.ts";
import { deref, escapeSegment } from "./pointer.ts";

type Obj = Record<string, any>;

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Each security alternative of the spec, the root's and every operation's, by its JSON pointer. */
function alternatives(doc: Obj): { at: string; schemes: string[] }[] {
  const found: { at: string; schemes: string[] }[] = [];
  const add = (security: unknown, at: string) => {
    if (Array.isArray(security))
      security.forEach((alternative: Obj | null, i) =>
        found.push({ at: `${at}/security/${i}`, schemes: Object.keys(alternative ?? {}) }),
      );
  };
  add(doc.security, "");
  for (const [path, raw] of Object.entries<Obj>(doc.paths ?? {})) {
    const item = deref<Obj>(doc, raw);
    for (const method of METHODS)
      if (item[method]) add(item[method].security, `/paths/${escapeSegment(path)}/${method}`);
  }
  return found;
}

/** `an apiKey scheme in: query`, `an http scheme "basic"`, `an oauth2 scheme`. */
const described = (scheme: Obj) =>
  scheme.type === "http"
    ? `an http scheme "${scheme.scheme}"`
    : scheme.type === "apiKey"
      ? `an apiKey scheme in: ${scheme.in}`
      : `an ${scheme.type} scheme`;

/**
 * Every security scheme the spec requires (in its root `security` or an operation's) that core
 * cannot send, at the scheme's JSON pointer, with where it is named and what core sends instead;
 * and every requirement naming a scheme `components/securitySchemes` does not define. A generated
 * client would otherwise fail only when created.
 */
export function checkSecurity(doc: Obj): ExtensionProblem[] {
  const named = new Map<string, string[]>();
  for (const { at, schemes } of alternatives(doc))
    for (const name of schemes) named.set(name, [...(named.get(name) ?? []), at]);
  return [...named].flatMap(([name, places]): ExtensionProblem[] => {
    const where = `named in ${places[0]}${places.length > 1 ? ` and ${places.length - 1} more` : ""}`;
    const raw = doc.components?.securitySchemes?.[name];
    if (!raw)
      return [
        {
          pointer: `${places[0]}/${escapeSegment(name)}`,
          message: `names the scheme ${name}, which components/securitySchemes does not define`,
        },
      ];
    const scheme = deref<Obj>(doc, raw);
    if (canSend(scheme)) return [];
    return [
      {
        pointer: `/components/securitySchemes/${escapeSegment(name)}`,
        message: `${described(scheme)} (${where}) is not a scheme core can send: core sends ${SENDABLE_SCHEMES}`,
      },
    ];
  });
}
