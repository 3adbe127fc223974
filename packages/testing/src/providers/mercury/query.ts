import { readInt } from "../../params";
import { isOperator, type Filter } from "./filter";
import type { SortKey } from "./order";

/** The parameters of `listBotUsers`, decoded and checked. */
export interface ListQuery {
  readonly stageIds?: readonly string[];
  readonly filters: readonly Filter[];
  readonly sortBy: readonly SortKey[];
  readonly startId?: string;
  readonly limit: number;
}

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** Reads the query as the API documents it; the first problem found is the 400's message. */
export function parseListQuery(query: URLSearchParams): Parsed<ListQuery> {
  const stageIds = parseStageIds(query.get("stageIds"));
  if (!stageIds.ok) return stageIds;
  const filters = parseFilters(query.get("filters"));
  if (!filters.ok) return filters;
  const sortBy = parseSortBy(query.get("sortBy"));
  if (!sortBy.ok) return sortBy;
  const startId = query.get("startId");
  if (startId === "") return fail("startId must not be empty");
  const limit = readInt(query, "limit", { default: 50, min: 1 });
  if (!limit.ok) return limit;
  return ok({
    stageIds: stageIds.value,
    filters: filters.value,
    sortBy: sortBy.value,
    startId: startId ?? undefined,
    limit: limit.value,
  });
}

/** `a,b`: one comma-separated value; an empty entry is refused. */
function parseStageIds(raw: string | null): Parsed<string[] | undefined> {
  if (raw === null) return ok(undefined);
  const ids = raw.split(",");
  return ids.some((id) => id.trim() === "")
    ? fail("stageIds must be a comma-separated list of stage ids")
    : ok(ids);
}

/** `+a,-b`: every entry signed. A raw `+` arrives as a space, so `' a'` is refused like `a`. */
function parseSortBy(raw: string | null): Parsed<SortKey[]> {
  if (raw === null) return ok([]);
  const keys: SortKey[] = [];
  for (const entry of raw.split(",")) {
    const match = /^([+-])(.+)$/.exec(entry);
    if (!match || /^\s/.test(match[2]!)) return fail("sortBy entries must start with + or -");
    keys.push({ field: match[2]!, descending: match[1] === "-" });
  }
  return ok(keys);
}

/** A JSON array of `{mode, field, operator, value}`. */
function parseFilters(raw: string | null): Parsed<Filter[]> {
  if (raw === null) return ok([]);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return fail("Invalid filters parameter: not JSON");
  }
  if (!Array.isArray(value)) return fail("Invalid filters parameter: not a JSON array");
  const filters: Filter[] = [];
  for (const [i, entry] of value.entries()) {
    const problem = filterProblem(entry);
    if (problem) return fail(`Invalid filters parameter: filters[${i}] ${problem}`);
    filters.push(entry as Filter);
  }
  return ok(filters);
}

function filterProblem(entry: unknown): string | undefined {
  if (entry === null || typeof entry !== "object" || Array.isArray(entry)) return "is not an object";
  const { mode, field, operator, value } = entry as Record<string, unknown>;
  if (mode !== "include" && mode !== "exclude") return `has an unknown mode ${JSON.stringify(mode)}`;
  if (typeof field !== "string" || field === "") return "has no field";
  if (typeof operator !== "string" || !isOperator(operator))
    return `has an unsupported operator ${JSON.stringify(operator)}`;
  if (value !== null && !["string", "number", "boolean"].includes(typeof value))
    return "has a value that is not a scalar";
  return undefined;
}
