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

type ListBotUsers = OperationError<"GET /projects/{projectId}/users/properties">;

/** Checked by the compiler only: nothing here runs. */
function typeChecks(e: unknown) {
  {
    // 400, 401, 403 and 404 documented, every other status (a 2xx with `success: false` too) by default
    expectTypeOf<At<ListBotUsers, 403>["status"]>().toEqualTypeOf<403>();
    expectTypeOf<At<ListBotUsers, 200 | 400 | 403 | 500>["body"]>().toEqualTypeOf<ErrorEnvelope>();
    expectTypeOf<At<ListBotUsers, 404>["code"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<At<ListBotUsers, 429>>().toExtend<RateLimitError>();
    expectTypeOf<Operation>().toEqualTypeOf<"GET /projects/{projectId}/users/properties">();
  }
  {
    if (isApiError(e, "GET /projects/{projectId}/users/properties")) {
      if (e.status === 404) expectTypeOf(e.body.message).toEqualTypeOf<string | undefined>();
      // @ts-expect-error not a status
      void (e.status === 1);
    }
    // @ts-expect-error webhooks are not operations of the client
    void isApiError(e, "POST botEvent");
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
