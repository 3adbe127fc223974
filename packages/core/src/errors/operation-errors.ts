/**
 * The errors an operation documents, at the type level only: read from openapi-typescript's `paths`
 * and the provider's `x-errors`, as `unwrap`, `paginate` and the helpers raise them at run time.
 */
import type { ErrorsMeta } from "../spec/metadata.js";
import type { Pointer, ValueAt } from "../spec/pointer.js";
import { type ApiError, type ErrorCase, type RateLimitError, isApiError } from "./classes.js";

type Method = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

/** Every operation of `Paths` by the key core gives it: its method and path template, `"GET /v1/users"`. */
export type OperationKey<Paths> = {
  [P in keyof Paths & string]: {
    [M in Method & keyof Paths[P]]: [NonNullable<Paths[P][M]>] extends [never]
      ? never
      : `${Uppercase<M>} ${P}`;
  }[Method & keyof Paths[P]];
}[keyof Paths & string];

/** The responses object of the operation of a key. */
type ResponsesOf<Paths, K> = K extends `${infer M} ${infer P}`
  ? NonNullable<Paths[P & keyof Paths][Lowercase<M> & keyof Paths[P & keyof Paths]]> extends {
      responses: infer R;
    }
    ? R
    : {}
  : never;

type Digit = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
type ToNumber<S> = S extends `${infer N extends number}` ? N : never;
/** Every status of a class, `4` → 400 | 401 | … | 499. */
type StatusesOf<Class extends number> = ToNumber<`${Class}${Digit}${Digit}`>;

/**
 * Every status an error can have: a response that is not a success, 300 to 599, and, where the
 * provider reports failures in a 2xx envelope (`x-errors.failure`), 200 to 299 too.
 */
type ErrorStatus<Errors extends ErrorsMeta> = StatusesOf<
  Errors extends { readonly failure: object } ? 2 | 3 | 4 | 5 : 3 | 4 | 5
>;

/** The statuses a responses object names one by one (`404`, or `"404"`). */
type Named<R> = (keyof R & number) | ToNumber<keyof R & `${number}`>;
/** Its ranges (`"4XX"`) and the statuses each stands for. */
type RangeKey<R> = keyof R & `${2 | 3 | 4 | 5}XX`;
type RangeStatus<X> = X extends `${infer C extends number}XX` ? StatusesOf<C> : never;

/** The body a response documents (any media type), or `unknown` where it documents none. */
type BodyOf<Response> = Response extends { content: infer C } ? C[keyof C] : unknown;

/** The codes `x-errors.code` finds in a body: its string values, numbers as text; any string where the body is unknown. */
type CodeOf<Body, P extends Pointer | undefined> = unknown extends Body
  ? string
  : Text<ValueAt<Body, P extends readonly string[] ? P[number] : P & string>>;
type Text<V> = unknown extends V ? string : V extends string ? V : V extends number ? `${V}` : never;

type Case<K, Status, Body, Errors extends ErrorsMeta> = [Status] extends [never]
  ? never
  : { operation: K; status: Status; body: Body; code: CodeOf<Body, Errors["code"]> };

/**
 * The error cases of one operation: one per error status it names, one per range of statuses
 * (those it does not name), and one for every other status, with the body of `default` (or
 * `unknown` where it has none): a 2xx reporting failure carries the error envelope, not the data.
 */
type Cases<K, R, Errors extends ErrorsMeta> =
  | { [S in Named<R> & ErrorStatus<{}>]: Case<K, S, BodyOf<R[(S | `${S}`) & keyof R]>, Errors> }[Named<R> &
      ErrorStatus<{}>]
  | { [X in RangeKey<R>]: Case<K, Exclude<RangeStatus<X>, Named<R>>, BodyOf<R[X]>, Errors> }[RangeKey<R>]
  | Case<
      K,
      Exclude<ErrorStatus<Errors>, (Named<R> & ErrorStatus<{}>) | RangeStatus<RangeKey<R>>>,
      "default" extends keyof R ? BodyOf<R["default" & keyof R]> : unknown,
      Errors
    >;

type WithStatus<C extends ErrorCase, S> = { [F in keyof C]: F extends "status" ? S : C[F] };

/** The error class each case is raised as: a 429 is always a `RateLimitError`. */
type Raised<C> = C extends ErrorCase
  ? 429 extends C["status"]
    ? RateLimitError<WithStatus<C, 429>> | Raised<WithStatus<C, Exclude<C["status"], 429>>>
    : [C["status"]] extends [never]
      ? never
      : ApiError<C>
  : never;

/**
 * What an operation throws as an `ApiError` (through `unwrap`, `paginate` or a helper): a union of
 * `ApiError`s discriminated by `status`, each with the body the spec documents for that status
 * and, where the schema enumerates them, the literal codes `x-errors.code` points to.
 * @example
 * type E = ApiErrorOf<paths, "GET /v1/users", (typeof metadata)["errors"]>;
 * // ApiError<{ status: 401; body: …; code: "INVALID_API_KEY" }> | RateLimitError<{ status: 429; … }> | …
 */
export type ApiErrorOf<
  Paths,
  K extends OperationKey<Paths>,
  Errors extends ErrorsMeta = ErrorsMeta,
> = ErrorsOf<Paths, K, Errors>;

type ErrorsOf<Paths, K, Errors extends ErrorsMeta> = K extends unknown
  ? Raised<Cases<K, ResponsesOf<Paths, K>, Errors>>
  : never;

/**
 * `isApiError` typed for one provider's operations: with an operation key, it narrows to that
 * operation's `ApiErrorOf`. Each provider package exports one as its `isApiError`.
 */
export interface ApiErrorGuard<Paths, Errors extends ErrorsMeta = ErrorsMeta> {
  (error: unknown): error is ApiError;
  <K extends OperationKey<Paths>>(error: unknown, operation: K): error is ErrorsOf<Paths, K, Errors>;
}

/**
 * `isApiError` itself, typed for the operations of `Paths` and the codes of `Errors`
 * (`typeof metadata.errors`): what a provider package exports as its own `isApiError`.
 */
export const apiErrorGuard = <Paths, Errors extends ErrorsMeta>() =>
  isApiError as ApiErrorGuard<Paths, Errors>;
