import { describe, expectTypeOf, it } from "vitest";
import {
  type BatchOutcome,
  type Cluster,
  type Completion,
  type Page,
  type Paginator,
  type User,
  type UserRef,
  type UserTemplate,
  createSparkwiseClient,
} from "../src/index.js";

const client = createSparkwiseClient({ apiKey: "k", fetch: async () => Response.json({}) });

/** Checked by the compiler only: nothing here runs. */
function typeChecks() {
  {
    // paginate yields the operation's item type
    expectTypeOf(client.paginate("/users")).toEqualTypeOf<Paginator<User>>();
    expectTypeOf(client.paginate("/users").toArray()).resolves.toEqualTypeOf<User[]>();
    expectTypeOf(client.paginate("/users").pages()).toEqualTypeOf<AsyncIterable<Page<User>>>();
    void (async () => {
      for await (const user of client.paginate(
        "/users",
        { params: { query: { pageSize: 50 } } },
        { concurrency: 1 },
      ))
        expectTypeOf(user).toEqualTypeOf<User>();
    });
  }
  {
    // helper results are typed
    expectTypeOf(client.listClusters()).resolves.toEqualTypeOf<Cluster[]>();
    expectTypeOf(
      client.listCompletions({ from: new Date(), to: "2025-01-01T00:00:00Z" }),
    ).resolves.toEqualTypeOf<Completion[]>();
    expectTypeOf(client.upsertUsers([{ remoteId: "r" }])).resolves.toEqualTypeOf<
      BatchOutcome<UserTemplate>
    >();
    expectTypeOf(client.deactivateUsers([{ remoteId: "r" }])).resolves.toEqualTypeOf<BatchOutcome<UserRef>>();
    void client.upsertUsers([], {
      concurrency: 2,
      onProgress: ({ done, total, failed }) => void [done, total, failed],
    });
  }
  {
    // with deactivateBody.key, a deactivate member carries that key instead of remoteId
    const renamed = createSparkwiseClient({
      apiKey: "k",
      deactivateBody: { property: "refs", key: "userId" },
    });
    void renamed.deactivateUsers([{ userId: "u" }]).then(({ failed }) => {
      expectTypeOf(failed[0]!.member.userId).toEqualTypeOf<string>();
    });
    // @ts-expect-error the configured key is missing
    void renamed.deactivateUsers([{ remoteId: "r" }]);
    // @ts-expect-error without deactivateBody.key, remoteId is required
    void client.deactivateUsers([{ id: "u" }]);
  }
  {
    // raw calls are typed from the spec
    void client.GET("/users", { params: { query: { page: 0, pageSize: 200 } } }).then(({ data }) => {
      expectTypeOf(data?.data.items).toEqualTypeOf<User[] | undefined>();
    });
    void client
      .GET("/completions")
      .then(({ data }) => expectTypeOf(data).toEqualTypeOf<Completion[] | undefined>());
  }
  {
    // refuses what the spec rules out
    // @ts-expect-error a path the API does not have
    void client.GET("/v1/users");
    // @ts-expect-error a wrong parameter type: page is a number
    void client.GET("/users", { params: { query: { page: "1" } } });
    // @ts-expect-error the required body is missing
    void client.POST("/users/batch-upsert", {});
    // @ts-expect-error a member without its required remoteId
    void client.POST("/users/batch-upsert", { body: { users: [{ firstName: "A" }] } });
    // @ts-expect-error a helper member without its required remoteId
    void client.upsertUsers([{ firstName: "A" }]);
    // @ts-expect-error a window bound that is neither a Date nor a string
    void client.listClusters({ from: 1717200000000 });
    // @ts-expect-error clusters are not paginated
    void client.paginate("/clusters");
    // @ts-expect-error the helpers take no body: the members are the body
    void client.deactivateUsers([{ remoteId: "r" }], { body: {} });
    // @ts-expect-error apiKey is required
    void createSparkwiseClient({ baseUrl: "https://example.com" });
  }
}

describe("types", () => {
  it("are checked by tsc (the package's typecheck script)", () => {
    expectTypeOf(typeChecks).toBeFunction();
  });
});
