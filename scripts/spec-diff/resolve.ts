import { resolveRef } from "../lib/pointer.ts";
import { isObject, type Obj } from "./types.ts";

/** Where a `$ref` would recurse into itself, the resolved tree holds `{ $cycle: "<the ref>" }` instead. */
export const CYCLE = "$cycle";

/**
 * Returns `node` with every local `$ref` replaced by (a resolved copy of) its target. Keywords beside a
 * `$ref` (OpenAPI 3.1 allows `description` there) win over the target's. A `$ref` met again while its own
 * target is being resolved becomes a `{ $cycle }` marker, so recursive schemas resolve to finite trees.
 */
export function resolveRefs(doc: Obj, node: unknown, stack: readonly string[] = []): unknown {
  if (Array.isArray(node)) return node.map((item) => resolveRefs(doc, item, stack));
  if (!isObject(node)) return node;
  if (typeof node.$ref === "string") return resolveRefNode(doc, node, stack);
  const out: Obj = {};
  for (const [key, value] of Object.entries(node)) out[key] = resolveRefs(doc, value, stack);
  return out;
}

function resolveRefNode(doc: Obj, node: Obj, stack: readonly string[]): unknown {
  const { $ref: ref, ...siblings } = node as { $ref: string } & Obj;
  if (stack.includes(ref)) return { [CYCLE]: ref, ...siblings };
  const target = resolveRefs(doc, resolveRef(doc, ref), [...stack, ref]);
  const rest = resolveRefs(doc, siblings, stack) as Obj;
  return isObject(target) ? { ...target, ...rest } : target;
}
