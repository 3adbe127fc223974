import { ValidationError } from "@clientele/core";
import type { components } from "./generated/openapi.js";

/** One filter of `listBotUsers`: `include` keeps the users whose `field` matches, `exclude` the others. */
export type Filter = components["schemas"]["Filter"];

/** One sort key; sent as `+field` (ascending) or `-field` (descending). */
export interface SortKey {
  /** A dotted property key, e.g. `user.lastName`. */
  field: string;
  order: "asc" | "desc";
}

const fail = (field: string, rule: string, message: string): never => {
  throw new ValidationError(`${field} ${message}`, field, rule);
};
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value == "object" && value !== null && !Array.isArray(value);
const isScalar = (value: unknown) =>
  value === null || typeof value == "string" || typeof value == "boolean" || Number.isFinite(value);

/**
 * Checks typed filters and returns clean copies holding only `mode`, `field`, `operator` and
 * `value`. Throws a `ValidationError` naming the first bad member (`query.filters[1].mode`).
 */
export function checkFilters(filters: readonly Filter[]): Filter[] {
  if (!Array.isArray(filters)) fail("query.filters", "type", "must be an array of filters");
  return Array.from(filters, (filter: unknown, i) => {
    const at = `query.filters[${i}]`;
    if (!isObject(filter)) return fail(at, "type", "must be an object");
    const { mode, field, operator, value } = filter;
    if (mode !== "include" && mode !== "exclude")
      fail(`${at}.mode`, "enum", 'must be "include" or "exclude"');
    if (typeof field != "string" || !field) fail(`${at}.field`, "minLength", "must be a non-empty string");
    if (typeof operator != "string" || !operator)
      fail(`${at}.operator`, "minLength", "must be a non-empty string");
    // NaN and Infinity would silently become null in JSON
    if (!isScalar(value)) fail(`${at}.value`, "type", "must be a string, a finite number, a boolean or null");
    return { mode, field, operator, value } as Filter;
  });
}

/** Typed filters → the JSON text of the `filters` parameter (URL-encoded once when sent). */
export function serializeFilters(filters: readonly Filter[]): string {
  return JSON.stringify(checkFilters(filters));
}

/**
 * `[{ field: "user.lastName", order: "asc" }, { field: "user.age", order: "desc" }]` →
 * `+user.lastName,-user.age`. The client URL-encodes it once, so the `+` travels as `%2B` (a raw
 * `+` in a query string means a space).
 */
export function serializeSortBy(keys: readonly SortKey[]): string {
  if (!Array.isArray(keys)) fail("query.sortBy", "type", "must be an array of sort keys");
  return Array.from(keys, (key: unknown, i) => {
    const at = `query.sortBy[${i}]`;
    if (!isObject(key)) return fail(at, "type", "must be an object");
    const { field, order } = key;
    if (typeof field != "string" || !field || field.includes(",") || field.trim() !== field)
      fail(`${at}.field`, "pattern", "must be a non-empty field name without commas or surrounding spaces");
    if (order !== "asc" && order !== "desc") fail(`${at}.order`, "enum", 'must be "asc" or "desc"');
    return `${order == "asc" ? "+" : "-"}${field as string}`;
  }).join(",");
}

/**
 * Checks `stageIds`: at least one, each a non-empty id without a comma (the list separator).
 * An empty list is refused rather than dropped: dropping it would widen the scope to every stage.
 */
export function checkStageIds(stageIds: readonly string[]): string[] {
  if (!Array.isArray(stageIds)) fail("query.stageIds", "type", "must be an array of stage ids");
  if (stageIds.length == 0)
    fail("query.stageIds", "minItems", "must name at least one stage (omit it for all)");
  return Array.from(stageIds, (id: unknown, i) =>
    typeof id == "string" && id && !id.includes(",")
      ? id
      : fail(`query.stageIds[${i}]`, "pattern", "must be a non-empty stage id without commas"),
  );
}
