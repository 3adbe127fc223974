// generated — do not edit. Source: specs/thought-industries/openapi.yaml; run `pnpm generate`.
import { type ApiErrorOf, type OperationKey, apiErrorGuard } from "@clientele/core";
import type { metadata } from "./metadata.js";
import type { paths } from "./openapi.js";

type Errors = (typeof metadata)["errors"];

/** Every operation of the API by its key, the method and the path template: `"GET /users/{id}"`. */
export type Operation = OperationKey<paths>;

/**
 * What an operation throws as an `ApiError` (through `unwrap`, `paginate` or a helper): a union
 * discriminated by `status`, each with the body the spec documents for it and its error codes.
 * @example function report(error: OperationError<"GET /users/{id}">) { … }
 */
export type OperationError<K extends Operation = Operation> = ApiErrorOf<paths, K, Errors>;

/**
 * Whether `error` is an `ApiError`; with an operation's key, one that operation raised, typed as
 * its `OperationError` (the same function as core's `isApiError`).
 * @example
 * catch (error) {
 *   if (isApiError(error, "GET /users/{id}") && error.status === 404) console.log(error.body);
 * }
 */
export const isApiError = /* @__PURE__ */ apiErrorGuard<paths, Errors>();
