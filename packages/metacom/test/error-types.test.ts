import { describe, expectTypeOf, it } from "vitest";
import {
  type ApiError,
  type ClienteleError,
  type ClienteleErrorName,
  type MalformedResponseError,
  type NetworkError,
  type Operation,
  type OperationError,
  type PaginationError,
  type RateLimitError,
  type TimeoutError,
  type ValidationError,
  isApiError,
  isClienteleError,
  type ErrorEnvelope,
} from "../src/index.js";

/** The errors of an operation a status can be, as `e.status === S` narrows them. */
type At<E, S> = E extends { status: infer X } ? ([Extract<X, S>] extends [never] ? never : E) : never;

type GetUser = OperationError<"GET /users/{userId}">;

/** Checked by the compiler only: nothing here runs. */
function typeChecks(e: unknown) {
  {
    // no status is documented: every one carries the envelope, a 2xx too (`status: "error"`)
    expectTypeOf<At<GetUser, 200 | 404 | 500>["body"]>().toEqualTypeOf<ErrorEnvelope>();
    expectTypeOf<At<GetUser, 404>["code"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<At<GetUser, 429>>().toExtend<RateLimitError>();
    expectTypeOf<"POST /users/{userId}/long-lived-tokens" | "GET /users">().toExtend<Operation>();
  }
  {
    if (isApiError(e, "GET /users/{userId}")) {
      if (e.status === 404) {
        expectTypeOf(e.body.status).toEqualTypeOf<"error">();
        expectTypeOf(e.body.error).toEqualTypeOf<string>();
      }
      // @ts-expect-error not a status
      void (e.status === 600);
    }
    // @ts-expect-error the path needs its template
    void isApiError(e, "GET /users/abc");
  }
  {
    // every error class of the package has a literal name
    expectTypeOf<ClienteleError["name"]>().toEqualTypeOf<ClienteleErrorName>();
    expectTypeOf<ApiError["name"]>().toEqualTypeOf<"ApiError" | "RateLimitError">();
    expectTypeOf<RateLimitError["name"]>().toEqualTypeOf<"RateLimitError">();
    expectTypeOf<TimeoutError["name"]>().toEqualTypeOf<"TimeoutError">();
    expectTypeOf<NetworkError["name"]>().toEqualTypeOf<"NetworkError">();
    expectTypeOf<MalformedResponseError["name"]>().toEqualTypeOf<"MalformedResponseError">();
    expectTypeOf<ValidationError["name"]>().toEqualTypeOf<"ValidationError">();
    expectTypeOf<PaginationError["name"]>().toEqualTypeOf<"PaginationError">();
    if (isClienteleError(e) && e.name === "ApiError") expectTypeOf(e.status).toEqualTypeOf<number>();
  }
}

describe("typed errors", () => {
  it("are checked by the compiler (pnpm typecheck)", () => {
    expectTypeOf(typeChecks).toBeFunction();
  });
});
