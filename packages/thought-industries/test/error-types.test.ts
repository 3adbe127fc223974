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
  type Client,
  type ClientAccount,
  type ErrorEnvelope,
  type RateLimitErrorBody,
  type ThoughtIndustriesClient,
  type components,
} from "../src/index.js";

/** The errors of an operation a status can be, as `e.status === S` narrows them. */
type At<E, S> = E extends { status: infer X } ? ([Extract<X, S>] extends [never] ? never : E) : never;

type GetUser = OperationError<"GET /users/{id}">;

/** Checked by the compiler only: nothing here runs. */
function typeChecks(e: unknown) {
  {
    // a 401 has no body (documented); a 429's code is always rate_limit_exceeded
    expectTypeOf<At<GetUser, 401>["body"]>().toEqualTypeOf<unknown>();
    expectTypeOf<At<GetUser, 429>>().toEqualTypeOf<
      RateLimitError<{
        operation: "GET /users/{id}";
        status: 429;
        body: RateLimitErrorBody;
        code: "rate_limit_exceeded";
      }>
    >();
    expectTypeOf<At<GetUser, 404 | 500>["body"]>().toEqualTypeOf<ErrorEnvelope>();
    expectTypeOf<At<GetUser, 200>>().toBeNever();
    expectTypeOf<
      "POST /users" | "PUT /users/{id}/updateStatus" | "GET /events/login"
    >().toExtend<Operation>();
  }
  {
    if (isApiError(e, "GET /users/{id}")) {
      if (e.status === 429) {
        expectTypeOf(e.body.retryAfter).toEqualTypeOf<number>();
        expectTypeOf(e.code).toEqualTypeOf<"rate_limit_exceeded" | undefined>();
        // @ts-expect-error a 429 has no other code
        void (e.code === "quota_exceeded");
      }
      if (e.status === 404) expectTypeOf(e.body.errors).toEqualTypeOf<ErrorEnvelope["errors"]>();
      // @ts-expect-error a success is not an error of Thought Industries
      void (e.status === 201);
    }
    // @ts-expect-error PUT /users does not exist
    void isApiError(e, "PUT /users");
  }
  {
    // the client account keeps the schema's type under a name that is not the client's
    expectTypeOf<ClientAccount>().toEqualTypeOf<components["schemas"]["Client"]>();
    expectTypeOf<Client>().toEqualTypeOf<ClientAccount>();
    expectTypeOf<ThoughtIndustriesClient>().not.toEqualTypeOf<ClientAccount>();
    expectTypeOf<RateLimitErrorBody>().toEqualTypeOf<components["schemas"]["RateLimitError"]>();
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
