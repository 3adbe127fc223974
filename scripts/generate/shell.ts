/**
 * The part of a provider package that is the same for every provider, generated from the spec so
 * that it is written once: `errors.ts` (the operations' keys, their thrown errors, `isApiError`) and
 * `exports.ts` (what every provider package exports besides its own factory and helpers: the spec's
 * types, those errors, and core's public API a user of one package needs without installing core).
 */

/** Core's values every provider package re-exports: the errors a call throws and their guards. */
const CORE_VALUES = [
  "ApiError",
  "ClienteleError",
  "MalformedResponseError",
  "NetworkError",
  "PaginationError",
  "RateLimitError",
  "SpecDriftError",
  "TimeoutError",
  "ValidationError",
  "isClienteleError",
  "isMalformedResponseError",
  "isNetworkError",
  "isPaginationError",
  "isRateLimitError",
  "isSpecDriftError",
  "isTimeoutError",
  "isValidationError",
  "unwrap",
];

/** Core's types every provider package re-exports: options, hooks, pages and errors. */
const CORE_TYPES = [
  "AnyClienteleError",
  "CallOptions",
  "ClienteleErrorName",
  "ClientOptions",
  "DriftFinding",
  "ErrorCase",
  "HookEvent",
  "Hooks",
  "Logger",
  "LogLevel",
  "Page",
  "PagePosition",
  "PaginateOptions",
  "Paginator",
  "RetryOptions",
];

type Obj = Record<string, any>;
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * The operation and error status the generated docs show: a documented 404 of a path with a
 * parameter (or one `default` covers), else the first documented 4xx (or 400 under `default`).
 */
function exampleError(doc: Obj): { key: string; status: string } {
  const errors = Object.entries<Obj>(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).flatMap((m) => {
      const param = path.includes("{");
      const documented = Object.keys(item[m].responses ?? {});
      const statuses = documented.filter((status) => /^4\d\d$/.test(status));
      const covered = param ? "404" : "400";
      if (documented.includes("default") && !statuses.includes(covered)) statuses.push(covered);
      return statuses.map((status) => ({ key: `${m.toUpperCase()} ${path}`, status, param }));
    }),
  );
  // a spec without any error response still gets its (then empty) error types, shown on its first path
  const first = `GET ${Object.keys(doc.paths ?? {})[0] ?? "/"}`;
  return errors.find((e) => e.param && e.status === "404") ?? errors[0] ?? { key: first, status: "400" };
}

/** `src/generated/errors.ts`: the operations' keys, the errors they throw, and the typed guard. */
export function emitErrors(banner: string, doc: Obj): string {
  const { key, status } = exampleError(doc);
  return `${banner}import { type ApiErrorOf, type OperationKey, apiErrorGuard } from "@clientele/core";
import type { metadata } from "./metadata.js";
import type { paths } from "./openapi.js";

type Errors = (typeof metadata)["errors"];

/** Every operation of the API by its key, the method and the path template: \`"${key}"\`. */
export type Operation = OperationKey<paths>;

/**
 * What an operation throws as an \`ApiError\` (through \`unwrap\`, \`paginate\` or a helper): a union
 * discriminated by \`status\`, each with the body the spec documents for it and its error codes.
 * @example function report(error: OperationError<"${key}">) { … }
 */
export type OperationError<K extends Operation = Operation> = ApiErrorOf<paths, K, Errors>;

/**
 * Whether \`error\` is an \`ApiError\`; with an operation's key, one that operation raised, typed as
 * its \`OperationError\` (the same function as core's \`isApiError\`).
 * @example
 * catch (error) {
 *   if (isApiError(error, "${key}") && error.status === ${status}) console.log(error.body);
 * }
 */
export const isApiError = /* @__PURE__ */ apiErrorGuard<paths, Errors>();
`;
}

/** `src/generated/exports.ts`: what every provider package exports besides its own factory. */
export function emitExports(banner: string): string {
  const list = (names: string[]) => names.map((n) => `  ${n},\n`).join("");
  return `${banner}export type * from "./openapi.js";
export { isApiError } from "./errors.js";
export type { Operation, OperationError } from "./errors.js";
export {
${list(CORE_VALUES)}} from "@clientele/core";
export type {
${list(CORE_TYPES)}} from "@clientele/core";
`;
}
