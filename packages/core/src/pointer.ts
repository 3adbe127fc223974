import type { Pointer } from "./metadata.js";

/** Reads an RFC 6901 pointer; with several pointers, the first that resolves wins. */
export function pick(value: unknown, pointer: Pointer | undefined): unknown {
  if (pointer === undefined) return undefined;
  if (typeof pointer !== "string") {
    for (const p of pointer) {
      const found = pick(value, p);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  let node = value;
  for (const raw of pointer.split("/").slice(1)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[raw.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return node;
}
