/** Rules for paths, operations and webhooks, and the walk that applies the part rules to each operation. */
import { serversRule, securityRule } from "./access.ts";
import { diffRequestBody, diffResponses } from "./bodies.ts";
import { batchRule, constraintsRule, idempotentRule, paginationRule, rateLimitRule } from "./extensions.ts";
import { deprecationChanges, docChanges, unclassifiedChanges } from "./meta-rules.ts";
import { diffParameters, effectiveParameters } from "./parameters.ts";
import { breaking, nonBreaking, type Change, type Direction, type Obj } from "./types.ts";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const DOC_KEYS = ["summary", "description", "tags", "externalDocs"];
const HANDLED = new Set([
  ...DOC_KEYS,
  ...["operationId", "deprecated", "parameters", "requestBody", "responses", "security", "servers"],
  ...["x-pagination", "x-batch", "x-idempotent", "x-rate-limit", "x-constraints"],
]);

/** Both documents, resolved, for what an operation inherits (security, servers, path parameters). */
export interface Pair {
  base: Obj;
  head: Obj;
}

const operationsOf = (pathItem: Obj | undefined) => METHODS.filter((m) => pathItem?.[m]);

/** Operations removed (breaking), added (not breaking) and changed, under `paths`. */
export function diffPaths(docs: Pair): Change[] {
  const before: Obj = docs.base.paths ?? {};
  const after: Obj = docs.head.paths ?? {};
  const changes: Change[] = [];
  for (const [path, item] of Object.entries<Obj>(before))
    for (const method of operationsOf(item)) {
      const where = `${method.toUpperCase()} ${path}`;
      if (!after[path]) changes.push(breaking(where, "path removed"));
      else if (!after[path][method]) changes.push(breaking(where, "operation removed"));
      else changes.push(...diffOperation(where, docs, [item, after[path]], method, false));
    }
  for (const [path, item] of Object.entries<Obj>(after)) {
    for (const method of operationsOf(item).filter((m) => !before[path]?.[m]))
      changes.push(nonBreaking(`${method.toUpperCase()} ${path}`, "operation added"));
    if (before[path]) changes.push(...docChanges(before[path], item, path, ["summary", "description"]));
  }
  return changes;
}

/** Webhooks: the consumer receives the request and sends the response, so both directions turn around. */
export function diffWebhooks(docs: Pair): Change[] {
  const before: Obj = docs.base.webhooks ?? {};
  const after: Obj = docs.head.webhooks ?? {};
  const changes: Change[] = [];
  for (const [name, item] of Object.entries<Obj>(before))
    for (const method of operationsOf(item)) {
      const where = `webhook ${name} ${method.toUpperCase()}`;
      if (!after[name]?.[method]) changes.push(breaking(where, "webhook removed"));
      else changes.push(...diffOperation(where, docs, [item, after[name]], method, true));
    }
  for (const [name, item] of Object.entries<Obj>(after))
    for (const method of operationsOf(item).filter((m) => !before[name]?.[m]))
      changes.push(nonBreaking(`webhook ${name} ${method.toUpperCase()}`, "webhook added"));
  return changes;
}

function diffOperation(
  where: string,
  docs: Pair,
  [basePath, headPath]: [Obj, Obj],
  method: string,
  webhook: boolean,
): Change[] {
  const base: Obj = basePath[method];
  const head: Obj = headPath[method];
  const sent: Direction = webhook ? "response" : "request";
  const received: Direction = webhook ? "request" : "response";
  return [
    ...operationIdRule(where, base.operationId, head.operationId),
    ...diffParameters(where, sent, effectiveParameters(basePath, base), effectiveParameters(headPath, head)),
    ...diffRequestBody(where, sent, base.requestBody, head.requestBody),
    ...diffResponses(where, received, base.responses, head.responses),
    ...operationSecurity(where, docs, base, head),
    ...operationServers(where, [basePath, base], [headPath, head]),
    ...paginationRule(where, base["x-pagination"], head["x-pagination"]),
    ...batchRule(where, base["x-batch"], head["x-batch"]),
    ...idempotentRule(where, base["x-idempotent"], head["x-idempotent"]),
    ...rateLimitRule(where, base["x-rate-limit"], head["x-rate-limit"]),
    ...constraintsRule(where, base["x-constraints"], head["x-constraints"]),
    ...deprecationChanges(where, base, head),
    ...docChanges(base, head, where, DOC_KEYS),
    ...unclassifiedChanges(where, base, head, HANDLED),
  ];
}

/** The operation id names the operation's exported type (`operations["listUsers"]`). */
function operationIdRule(where: string, before: string | undefined, after: string | undefined): Change[] {
  if (before === after) return [];
  if (!before) return [nonBreaking(where, `operationId ${after} added`)];
  return [
    breaking(
      where,
      `operationId ${before} → ${after ?? "none"}: the exported operations["${before}"] type is gone`,
    ),
  ];
}

/** Only where an operation overrides the root's security; a root change is reported once, at the root. */
function operationSecurity(where: string, docs: Pair, base: Obj, head: Obj): Change[] {
  if (base.security === undefined && head.security === undefined) return [];
  return securityRule(
    `${where}  security`,
    base.security ?? docs.base.security,
    head.security ?? docs.head.security,
  );
}

function operationServers(
  where: string,
  [basePath, base]: [Obj, Obj],
  [headPath, head]: [Obj, Obj],
): Change[] {
  const before = base.servers ?? basePath.servers;
  const after = head.servers ?? headPath.servers;
  return before === undefined && after === undefined ? [] : serversRule(`${where}  servers`, before, after);
}
