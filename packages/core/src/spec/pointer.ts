/** An RFC 6901 JSON pointer, or several: the first that resolves to a value wins. */
export type Pointer = string | readonly string[];

/** Reads an RFC 6901 pointer; with several pointers, the first that resolves to a value wins. */
export function pick(value: unknown, pointer: Pointer | undefined): unknown {
  if (typeof pointer != "string") {
    for (const p of pointer ?? []) {
      const found = pick(value, p);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  let node = value as any;
  for (const key of pointer.split("/").slice(1)) {
    node = node && typeof node == "object" ? node[key.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
  }
  return node;
}
