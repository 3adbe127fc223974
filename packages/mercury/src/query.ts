import { ValidationError } from "@clientele/core";
import type { components } from "./generated/openapi.js";

type Filter = components["schemas"]["Filter"];

/** One sort key; `+field` ascends, `-field` descends. */
export interface SortKey {
  field: string;
  order: "asc" | "desc";
}

const fail = (field: string, rule: string, message: string): never => {
  throw new ValidationError(`${field} ${message}`, field, rule);
};

/** Checks typed filters; core then sends them as JSON text in the `filters` query parameter (`x-serialize: json`). */
export function checkFilters(filters: readonly Filter[]): Filter[] {
  if (!Array.isArray(filters)) fail("query.filters", "type", "must be an array of filters");
  filters.forEach((f, i) => {
    const at = `query.filters[${i}]`;
    if (!f || typeof f !== "object") fail(at, "type", "must be an object");
    if (f.mode !== "include" && f.mode !== "exclude")
      fail(`${at}.mode`, "enum", 'must be "include" or "exclude"');
    if (typeof f.field !== "string" || !f.field)
      fail(`${at}.field`, "required", "must be a non-empty string");
    if (typeof f.operator !== "string" || !f.operator)
      fail(`${at}.operator`, "required", "must be a non-empty string");
    if (f.value !== null && !["string", "number", "boolean"].includes(typeof f.value)) {
      fail(`${at}.value`, "type", "must be a string, number, boolean or null");
    }
  });
  return [...filters];
}

/** `[{ field: "user.lastName", order: "asc" }, …]` → `+user.lastName,…` (URL-encoded once when sent: `+` → `%2B`). */
export function serializeSortBy(keys: readonly SortKey[]): string {
  return keys
    .map((k, i) => {
      if (typeof k.field !== "string" || !k.field || /[,\s]/.test(k.field)) {
        fail(
          `query.sortBy[${i}].field`,
          "pattern",
          "must be a non-empty field name without commas or spaces",
        );
      }
      if (k.order !== "asc" && k.order !== "desc")
        fail(`query.sortBy[${i}].order`, "enum", 'must be "asc" or "desc"');
      return (k.order === "asc" ? "+" : "-") + k.field;
    })
    .join(",");
}
