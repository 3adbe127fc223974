/** Resolves a local `$ref` (`#/components/schemas/User`) in a document. */
export function resolveRef(doc: unknown, ref: string): unknown {
  if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported, got ${ref}`);
  let node: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
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
