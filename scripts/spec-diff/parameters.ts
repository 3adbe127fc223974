/** Rules for an operation's parameters (path, query, header, cookie), matched by location and name. */
import { deprecationChanges, docChanges, unclassifiedChanges } from "./meta-rules.ts";
import { diffSchema } from "./schema.ts";
// the change constructors every rule file takes (spec-diff/types.ts)
import {
  breaking,
  breaksReaders,
  breaksSenders,
  nonBreaking,
  type Change,
  type Direction,
  type Obj,
} from "./types.ts";

const HANDLED = new Set([
  "name",
  "in",
  "required",
  "schema",
  "description",
  "example",
  "examples",
  "deprecated",
  "x-serialize",
  "x-client-option",
]);

/** Header names are case-insensitive; everything else is matched exactly. */
const keyOf = (p: Obj) => `${p.in} ${p.in === "header" ? String(p.name).toLowerCase() : p.name}`;

/** The parameters that apply to an operation: its path item's, overridden by its own. */
export function effectiveParameters(pathItem: Obj | undefined, operation: Obj | undefined): Map<string, Obj> {
  const all = [...(pathItem?.parameters ?? []), ...(operation?.parameters ?? [])] as Obj[];
  return new Map(all.map((p) => [keyOf(p), p]));
}

/** `where`: the operation (`GET /users`); `direction`: request, or response for a webhook's parameters. */
export function diffParameters(
  where: string,
  direction: Direction,
  base: Map<string, Obj>,
  head: Map<string, Obj>,
): Change[] {
  const at = (p: Obj) => `${where}  ${p.in} parameter ${p.name}`;
  const changes: Change[] = [];
  for (const [key, p] of base) {
    const next = head.get(key);
    changes.push(
      ...(next ? diffParameter(at(next), direction, p, next) : [parameterRemoved(at(p), direction)]),
    );
  }
  for (const [key, p] of head) if (!base.has(key)) changes.push(parameterAdded(at(p), direction, p));
  return changes;
}

function parameterRemoved(where: string, direction: Direction): Change {
  return breaking(
    where,
    direction === "request"
      ? "parameter removed: calls passing it no longer type-check"
      : "parameter removed",
  );
}

function parameterAdded(where: string, direction: Direction, p: Obj): Change {
  if (direction === "response") return nonBreaking(where, "parameter added");
  return p.required
    ? breaking(where, "required parameter added")
    : nonBreaking(where, "optional parameter added");
}

function diffParameter(where: string, direction: Direction, base: Obj, head: Obj): Change[] {
  return [
    ...parameterRequired(where, direction, base, head),
    ...diffSchema({ where, direction }, "", base.schema, head.schema),
    ...docChanges(base, head, where, ["description", "example", "examples"]),
    ...deprecationChanges(where, base, head),
    ...serializeChanges(where, base["x-serialize"], head["x-serialize"]),
    ...optionChanges(where, base["x-client-option"], head["x-client-option"]),
    // `style`, `explode`, …: how the value is written on the wire, not what callers pass
    ...unclassifiedChanges(where, base, head, HANDLED),
  ];
}

/**
 * `x-serialize`: `json` changes the wire form of every value (the server reads other text), so adding
 * or removing it is breaking. `sort-keys` adds a typed form beside the text, which is sent as it was:
 * adding it is not breaking, removing it refuses the typed keys callers pass. `epoch-ms` and `utc`
 * only change how a point in time is written (the same instant, in a form the schema accepts).
 */
function serializeChanges(where: string, base: unknown, head: unknown): Change[] {
  if (base === head) return [];
  const what = `x-serialize ${String(base ?? "none")} → ${String(head ?? "none")}`;
  if (base === "json" || head === "json")
    return [breaking(where, `${what}: every value is sent in another form`)];
  if (base === "sort-keys") return [breaking(where, `${what}: typed sort keys are no longer taken`)];
  if (head === "sort-keys") return [nonBreaking(where, `${what}: typed sort keys are taken too`)];
  return [nonBreaking(where, `${what}: points in time are sent in another form of the same instant`)];
}

/** `x-client-option` on a path parameter: the factory's option of its name appears, or goes away. */
function optionChanges(where: string, base: unknown, head: unknown): Change[] {
  if (!base === !head) return [];
  return head
    ? [nonBreaking(where, "now a client option: the factory takes it")]
    : [breaking(where, "no longer a client option: the factory refuses it")];
}

/** Made required: callers must now pass it. Made optional: a receiver may now miss it. */
function parameterRequired(where: string, direction: Direction, base: Obj, head: Obj): Change[] {
  if (Boolean(base.required) === Boolean(head.required)) return [];
  return head.required
    ? [breaksSenders(direction, where, "made required")]
    : [breaksReaders(direction, where, "made optional")];
}
