import { describe, expectTypeOf, it } from "vitest";
import {
  type LongLivedToken,
  type MetacomClient,
  type Page,
  type User,
  createMetacomClient,
} from "../src/index.js";

const client = createMetacomClient({
  token: "mc_lt_3f9c2a7e1b",
  environmentId: "acme_prod",
  domain: "acme.metacom.example",
});

/** Never called: these lines only have to compile (or, under @ts-expect-error, not compile). */
function calls(c: MetacomClient) {
  // @ts-expect-error: not a path of the spec
  void c.GET("/user", {});
  // @ts-expect-error: `userId` is a required path parameter
  void c.GET("/users/{userId}");
  // @ts-expect-error: `userId` is a required path parameter
  void c.GET("/users/{userId}", { params: { path: {} } });
  // @ts-expect-error: `limit` is a number
  void c.GET("/users", { params: { query: { limit: "10" } } });
  // @ts-expect-error: `reset-2FA` takes `userId` as a string
  void c.POST("/auth/reset-2FA", { body: { userId: 42 } });
  // @ts-expect-error: `reset-password` needs `email`
  void c.POST("/auth/reset-password", { body: {} });
  // @ts-expect-error: the path is case-exact
  void c.POST("/auth/reset-2fa", { body: { userId: "x" } });
  // @ts-expect-error: active-users is not a paginated operation
  void c.paginate("/usage-statistics/active-users");
  // @ts-expect-error: `after` is a string
  void c.paginate("/users", { params: { query: { after: 5 } } });
  // @ts-expect-error: userId is a string
  void c.createLongLivedToken(42);
  // @ts-expect-error: `expiresAt` is an ISO string
  void c.createLongLivedToken("u", { expiresAt: new Date() });
}

describe("types", () => {
  it("types the factory's options", () => {
    expectTypeOf(calls).toBeFunction();
    // @ts-expect-error: environmentId is required
    expectTypeOf(createMetacomClient).toBeCallableWith({ token: "t", domain: "d" });
    expectTypeOf(createMetacomClient).toBeCallableWith({
      token: "t",
      environmentId: "e",
      baseUrl: "http://127.0.0.1:1",
    });
    expectTypeOf(createMetacomClient).returns.toEqualTypeOf<MetacomClient>();
  });

  it("yields User from paginate, and Page<User> from its pages", () => {
    const walk = client.paginate("/users", { params: { query: { limit: 10 } } });
    expectTypeOf(walk[Symbol.asyncIterator]().next()).resolves.toMatchTypeOf<IteratorResult<User>>();
    expectTypeOf(walk.toArray()).resolves.toEqualTypeOf<User[]>();
    expectTypeOf(walk.pages()).toEqualTypeOf<AsyncIterable<Page<User>>>();
    expectTypeOf<User["_id"]>().toEqualTypeOf<string>();
    expectTypeOf<User["_lastModifiedByUserId"]>().toEqualTypeOf<string | null | undefined>();
  });

  it("types the helpers' results", () => {
    expectTypeOf(client.createLongLivedToken).returns.resolves.toEqualTypeOf<LongLivedToken>();
    expectTypeOf<LongLivedToken["token"]>().toEqualTypeOf<string>();
    expectTypeOf(client.getUser).returns.resolves.toEqualTypeOf<User>();
    expectTypeOf(client.getUser).parameter(0).toEqualTypeOf<string>();
  });

  it("types raw calls from the spec", () => {
    async function raw() {
      const count = await client.GET("/usage-statistics/active-users");
      expectTypeOf(count.data!.data.activeUsers).toEqualTypeOf<number | undefined>();
      const one = await client.GET("/users/{userId}", { params: { path: { userId: "u" } } });
      const data = one.data!.data;
      expectTypeOf(data).toMatchTypeOf<User | User[]>();
      expectTypeOf<User | User[]>().toMatchTypeOf(data);
    }
    expectTypeOf(raw).toBeFunction();
  });
});
