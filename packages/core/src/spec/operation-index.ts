import type { OperationMeta, ProviderMetadata } from "./metadata.js";

/** The operation a method and path template name, if the spec documents it. */
export type FindOperation = (method: string, path: string) => OperationMeta | undefined;

/**
 * The spec's operations by method, then by path template, built once per client: a call finds its
 * operation without building a `"GET /path"` key and hashing it anew (about 0.3 µs on Node 20).
 */
export function indexOperations(operations: ProviderMetadata["operations"]): FindOperation {
  const byMethod = new Map<string, Map<string, OperationMeta>>();
  for (const [key, op] of Object.entries(operations)) {
    const space = key.indexOf(" ");
    const method = key.slice(0, space);
    const paths = byMethod.get(method) ?? new Map<string, OperationMeta>();
    byMethod.set(method, paths.set(key.slice(space + 1), op));
  }
  return (method, path) => byMethod.get(method)?.get(path);
}
