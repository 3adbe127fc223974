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

type Clusters = OperationError<"GET /clusters">;

/** Checked by the compiler only: nothing here runs. */
function typeChecks(e: unknown) {
  {
    // no status is documented: every one carries the envelope, a 200 too (`success: false`)
    expectTypeOf<At<Clusters, 200 | 400 | 401 | 500>["body"]>().toEqualTypeOf<ErrorEnvelope>();
    expectTypeOf<At<Clusters, 200>["code"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<At<Clusters, 429>>().toExtend<RateLimitError>();
    expectTypeOf<"POST /users/batch-upsert" | "POST /users/batch-deactivate">().toExtend<Operation>();
  }
  {
    if (isApiError(e, "POST /users/batch-deactivate")) {
      if (e.status === 200) {
        expectTypeOf(e.body.success).toEqualTypeOf<boolean>();
        expectTypeOf(e.body.error).toEqualTypeOf<ErrorEnvelope["error"]>();
      }
      // @ts-expect-error not a status
      void (e.status === 100);
    }
    // @ts-expect-error users are deactivated by POST
    void isApiError(e, "DELETE /users");
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
