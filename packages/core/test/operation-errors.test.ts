import { describe, expectTypeOf, it } from "vitest";
import {
  type AnyClienteleError,
  ApiError,
  type ApiErrorGuard,
  type ApiErrorOf,
  ClienteleError,
  type ClienteleErrorName,
  type ErrorCase,
  MalformedResponseError,
  NetworkError,
  type OperationKey,
  PaginationError,
  RateLimitError,
  TimeoutError,
  ValidationError,
  apiErrorGuard,
  isApiError,
  isClienteleError,
} from "../src/index.js";

type Json<T> = { content: { "application/json": T } };
interface Envelope {
  error: { code: string; message: string };
}
interface NotFound {
  error: { code: "NOT_FOUND" | "GONE"; message: string; id: string };
}
interface Throttled {
  error: { code: "RATE_LIMITED"; message: string };
  retryAfter: number;
}
interface Invalid {
  error: { code: 422; field: string };
}
interface User {
  id: string;
}

/** A hand-written `paths`, shaped as openapi-typescript writes it. */
interface paths {
  "/users": {
    get: {
      parameters: { query?: { cursor?: string } };
      responses: { 200: Json<{ data: User[] }>; 429: Json<Throttled>; default: Json<Envelope> };
    };
    post: {
      parameters: {};
      responses: { 201: Json<User>; 422: Json<Invalid>; "5XX": Json<string> };
    };
    put?: never;
  };
  "/users/{id}": {
    get: {
      parameters: { path: { id: string } };
      responses: { 200: Json<User>; 401: { content?: never }; 404: Json<NotFound>; default: Json<Envelope> };
    };
    delete: { parameters: { path: { id: string } }; responses: { 204: { content?: never } } };
  };
}
const errors = { code: ["/error/code", "/code"], message: "/error/message" } as const;
const failing = { ...errors, failure: { pointer: "/success", equals: false } } as const;
type Errors = typeof errors;

type GetUser = ApiErrorOf<paths, "GET /users/{id}", Errors>;
type StatusOf<E> = E extends { status: infer S } ? S : never;
/** The errors of an operation a status can be, as `e.status === S` narrows them. */
type At<E, S> = E extends { status: infer X } ? ([Extract<X, S>] extends [never] ? never : E) : never;

/** Checked by the compiler only: nothing here runs. */
function typeChecks(e: unknown) {
  {
    // every operation by its key; an absent method (`put?: never`) is none
    expectTypeOf<OperationKey<paths>>().toEqualTypeOf<
      "GET /users" | "POST /users" | "GET /users/{id}" | "DELETE /users/{id}"
    >();
  }
  {
    // one case per documented error status, each its body and its codes
    expectTypeOf<At<GetUser, 404>>().toEqualTypeOf<
      ApiError<{ operation: "GET /users/{id}"; status: 404; body: NotFound; code: "NOT_FOUND" | "GONE" }>
    >();
    // a status without a documented body: anything, and any code
    expectTypeOf<At<GetUser, 401>["body"]>().toEqualTypeOf<unknown>();
    expectTypeOf<At<GetUser, 401>["code"]>().toEqualTypeOf<string | undefined>();
    // every other status has the body of `default`, a 429 raised as a RateLimitError
    expectTypeOf<At<GetUser, 500>>().toExtend<ApiError<{ status: number; body: Envelope; code: string }>>();
    expectTypeOf<At<GetUser, 429>>().toExtend<RateLimitError>();
    expectTypeOf<At<GetUser, 429>["body"]>().toEqualTypeOf<Envelope>();
    expectTypeOf<400 | 403 | 409 | 500 | 503 | 599 | 301>().toExtend<StatusOf<GetUser>>();
    // no success status, no 1xx
    expectTypeOf<At<GetUser, 200 | 204 | 100>>().toBeNever();
  }
  {
    // a documented 429 keeps its own body and code; ranges stand for the statuses they cover
    type List = ApiErrorOf<paths, "GET /users", Errors>;
    expectTypeOf<At<List, 429>>().toEqualTypeOf<
      RateLimitError<{ operation: "GET /users"; status: 429; body: Throttled; code: "RATE_LIMITED" }>
    >();
    type Create = ApiErrorOf<paths, "POST /users", Errors>;
    expectTypeOf<At<Create, 422>["code"]>().toEqualTypeOf<"422" | undefined>();
    expectTypeOf<At<Create, 503>["body"]>().toEqualTypeOf<string>();
    expectTypeOf<At<Create, 404>["body"]>().toEqualTypeOf<unknown>();
    // an operation that documents no error still types every status, its body unknown
    type Delete = ApiErrorOf<paths, "DELETE /users/{id}", Errors>;
    expectTypeOf<Delete["body"]>().toEqualTypeOf<unknown>();
    expectTypeOf<Delete["operation"]>().toEqualTypeOf<"DELETE /users/{id}">();
  }
  {
    // where a 2xx envelope reports failure, a 2xx is an error too, with the error envelope
    type Failing = ApiErrorOf<paths, "GET /users/{id}", typeof failing>;
    expectTypeOf<At<Failing, 200>["body"]>().toEqualTypeOf<Envelope>();
    expectTypeOf<At<Failing, 404>["body"]>().toEqualTypeOf<NotFound>();
  }
  {
    // the guard narrows to one operation's errors, and the status to one documented response
    const guard = apiErrorGuard<paths, Errors>();
    expectTypeOf(guard).toExtend<ApiErrorGuard<paths, Errors>>();
    if (guard(e, "GET /users/{id}")) {
      expectTypeOf(e.operation).toEqualTypeOf<"GET /users/{id}">();
      if (e.status === 404) {
        expectTypeOf(e.body.error.id).toEqualTypeOf<string>();
        expectTypeOf(e.code).toEqualTypeOf<"NOT_FOUND" | "GONE" | undefined>();
        // @ts-expect-error a code the 404 does not document
        void (e.code === "RATE_LIMITED");
      }
      if (e.code === "NOT_FOUND") expectTypeOf(e.status).toExtend<number>();
      // @ts-expect-error a 2xx is not an error of this provider
      void (e.status === 200);
      // @ts-expect-error not a status
      void (e.status === 1000);
    }
    // @ts-expect-error an operation the spec does not have
    guard(e, "PUT /users");
    // @ts-expect-error a path without its method
    guard(e, "/users");
    // with one argument, any ApiError, as before
    if (guard(e)) expectTypeOf(e).toEqualTypeOf<ApiError>();
  }
  {
    // core's own guard, without a provider's paths: any operation key, the operation recorded
    if (isApiError(e)) {
      expectTypeOf(e.status).toEqualTypeOf<number>();
      expectTypeOf(e.body).toEqualTypeOf<unknown>();
      expectTypeOf(e.code).toEqualTypeOf<string | undefined>();
    }
    if (isApiError(e, "GET /anything")) expectTypeOf(e.operation).toEqualTypeOf<"GET /anything">();
    expectTypeOf<ApiError>().toEqualTypeOf<ApiError<ErrorCase>>();
  }
  {
    // a literal name on every class; a class's name covers its subclasses'
    expectTypeOf<ClienteleError["name"]>().toEqualTypeOf<ClienteleErrorName>();
    expectTypeOf<ApiError["name"]>().toEqualTypeOf<"ApiError" | "RateLimitError">();
    expectTypeOf<RateLimitError["name"]>().toEqualTypeOf<"RateLimitError">();
    expectTypeOf<TimeoutError["name"]>().toEqualTypeOf<"TimeoutError">();
    expectTypeOf<NetworkError["name"]>().toEqualTypeOf<"NetworkError">();
    expectTypeOf<MalformedResponseError["name"]>().toEqualTypeOf<"MalformedResponseError">();
    expectTypeOf<ValidationError["name"]>().toEqualTypeOf<"ValidationError">();
    expectTypeOf<PaginationError["name"]>().toEqualTypeOf<"PaginationError">();
    // @ts-expect-error no such name
    void ((e as TimeoutError).name === "Timeout");
  }
  {
    // the name narrows any Clientele error to its class
    if (isClienteleError(e)) {
      expectTypeOf(e).toEqualTypeOf<AnyClienteleError>();
      if (e.name === "ApiError") expectTypeOf(e.status).toEqualTypeOf<number>();
      switch (e.name) {
        case "TimeoutError":
          expectTypeOf(e.timeout).toEqualTypeOf<"attempt" | "deadline">();
          break;
        case "RateLimitError":
          expectTypeOf(e.retryAt).toEqualTypeOf<Date | undefined>();
          break;
        case "ValidationError":
          expectTypeOf(e.field).toEqualTypeOf<string>();
          break;
        case "MalformedResponseError":
          expectTypeOf(e.excerpt).toEqualTypeOf<string>();
          break;
      }
    }
  }
}

describe("operation error types", () => {
  it("are checked by the compiler (pnpm typecheck)", () => {
    expectTypeOf(typeChecks).toBeFunction();
  });
});
