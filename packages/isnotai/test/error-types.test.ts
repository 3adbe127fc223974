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

type GetSession = OperationError<"GET /v1/sessions/{sessionId}">;

/** Checked by the compiler only: nothing here runs. */
function typeChecks(e: unknown) {
  {
    // the documented statuses, each with its body; the codes are an open set
    expectTypeOf<At<GetSession, 401>>().toEqualTypeOf<
      ApiError<{
        operation: "GET /v1/sessions/{sessionId}";
        status: 401;
        body: ErrorEnvelope;
        code: string;
      }>
    >();
    expectTypeOf<At<GetSession, 404>["body"]>().toEqualTypeOf<ErrorEnvelope>();
    expectTypeOf<At<GetSession, 429>>().toExtend<RateLimitError>();
    expectTypeOf<At<GetSession, 500 | 503>["body"]>().toEqualTypeOf<ErrorEnvelope>();
    expectTypeOf<At<GetSession, 200>>().toBeNever();
    // a 503 is documented for the details only
    expectTypeOf<
      At<OperationError<"GET /v1/sessions/{sessionId}/details">, 503>["status"]
    >().toEqualTypeOf<503>();
    expectTypeOf<"GET /v1/users" | "GET /health">().toExtend<Operation>();
  }
  {
    // the guard narrows to one operation, the status to one documented response
    if (isApiError(e, "GET /v1/sessions/{sessionId}")) {
      expectTypeOf(e.operation).toEqualTypeOf<"GET /v1/sessions/{sessionId}">();
      if (e.status === 401) expectTypeOf(e.body.error.code).toEqualTypeOf<string>();
      if (e.status === 404) {
        expectTypeOf(e.body.error.details).toEqualTypeOf<{ [key: string]: unknown } | null | undefined>();
        expectTypeOf(e.code).toEqualTypeOf<string | undefined>();
      }
      if (e.status === 429) expectTypeOf(e.retryAt).toEqualTypeOf<Date | undefined>();
      // @ts-expect-error a success is not an error of Not AI
      void (e.status === 200);
    }
    // @ts-expect-error no such operation
    void isApiError(e, "GET /v1/session/{sessionId}");
    // @ts-expect-error the method belongs to the key
    void isApiError(e, "/v1/users");
    if (isApiError(e)) expectTypeOf(e).toEqualTypeOf<ApiError>();
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
