import type { ExtensionProblem } from "./extensions.ts";
import { escapeSegment } from "./pointer.ts";

type Obj = Record<string, any>;

/** The same schemes, in any order. */
const sameSchemes = (a: string[], b: string[]) =>
  a.length === b.length && a.every((scheme) => b.includes(scheme));

/**
 * What the extension schema cannot say of `x-client-choices`: every value must pick a server the
 * spec describes so (core matches descriptions case-insensitively) or one of the root's `security`
 * alternatives, and `default` must be one of the values.
 */
export function checkChoices(doc: Obj): ExtensionProblem[] {
  const problems: ExtensionProblem[] = [];
  const servers = (doc.servers ?? []).map((s: Obj) => String(s.description ?? "").toLowerCase());
  const alternatives: string[][] = (doc.security ?? []).map((a: Obj) => Object.keys(a ?? {}));
  for (const [name, choice] of Object.entries<Obj>(doc["x-client-choices"] ?? {})) {
    const at = `/x-client-choices/${escapeSegment(name)}`;
    const kind = choice.server ? "server" : "security";
    const map: Obj = choice.server ?? choice.security ?? {};
    for (const [value, target] of Object.entries(map)) {
      const found =
        kind === "server"
          ? servers.includes(String(target).toLowerCase())
          : alternatives.some((alternative) => sameSchemes(alternative, target as string[]));
      if (!found)
        problems.push({
          pointer: `${at}/${kind}/${escapeSegment(value)}`,
          message:
            kind === "server"
              ? `names no server: no server's description is ${JSON.stringify(target)}`
              : `names no alternative of the root's security: ${JSON.stringify(target)}`,
        });
    }
    if (!Object.hasOwn(map, choice.default))
      problems.push({
        pointer: `${at}/default`,
        message: `must be one of ${Object.keys(map)
          .map((v) => JSON.stringify(v))
          .join(", ")}`,
      });
  }
  return problems;
}
