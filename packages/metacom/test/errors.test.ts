import { describe, expect, it } from "vitest";
import { ApiError, isApiError, unwrap } from "../src/index.js";
import { clientOf, startFake } from "./fake.js";

describe("isApiError, typed for Metacom's operations", () => {
  it("narrows the getUser helper's 404 to GET /users/{userId} and its envelope", async () => {
    const server = await startFake({ users: 1 });
    const error = await clientOf(server)
      .getUser("nobody")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(isApiError(error, "GET /users")).toBe(false);
    if (!isApiError(error, "GET /users/{userId}") || error.status !== 404) throw error;
    expect([error.body.status, error.body.error, error.code]).toEqual(["error", "not_found", "not_found"]);
  });

  it("narrows a failure of paginate and of unwrap to the operation that raised it", async () => {
    const server = await startFake({ users: 3 });
    const client = clientOf(server, { token: "mc_lt_not_the_token_0000", retry: false });
    const walked = await client
      .paginate("/users")
      .toArray()
      .catch((e: unknown) => e);
    const once = await unwrap(client.GET("/usage-statistics/active-users")).catch((e: unknown) => e);
    expect([isApiError(walked, "GET /users"), isApiError(once, "GET /users")]).toEqual([true, false]);
    if (!isApiError(once, "GET /usage-statistics/active-users")) throw once;
    expect(once.body.status).toBe("error");
    expect(once.operation).toBe("GET /usage-statistics/active-users");
  });
});
