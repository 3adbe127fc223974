/** RFC 6901: the segments of a pointer (`/a~1b/c` → `["a/b", "c"]`); `""` is the whole document. */
export const segmentsOf = (pointer: string): string[] =>
  pointer === "" ? [] : pointer.replace(/^#?\//, "").split("/").map(unescapeSegment);

/** RFC 6901 escaping of one segment: `~` → `~0`, `/` → `~1`. */
export const escapeSegment = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");
export const unescapeSegment = (segment: string) => segment.replace(/~1/g, "/").replace(/~0/g, "~");

/** A pointer built from segments. */
export const pointerOf = (segments: readonly string[]) =>
  segments.map((s) => `/${escapeSegment(s)}`).join("");

/** Resolves a local `$ref` (`#/components/schemas/User`) in a document. */
export function resolveRef(doc: unknown, ref: string): unknown {
  if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported, got ${ref}`);
  let node: unknown = doc;
  for (const key of segmentsOf(ref.slice(1))) {
    node = (node as Record<string, unknown> | undefined)?.[key];
    if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
  }
  return node;
}

/** Follows `$ref`s until an object without one. */
export function deref<T = Record<string, unknown>>(doc: unknown, node: unknown): T {
  let current = node as Record<string, unknown>;
  for (let hops = 0; current && typeof current.$ref === "string"; hops++) {
    if (hops > 32) throw new Error(`$ref cycle at ${current.$ref}`);
    current = resolveRef(doc, current.$ref) as Record<string, unknown>;
  }
  return current as T;
}
