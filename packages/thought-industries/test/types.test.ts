import { describe, expectTypeOf, it } from "vitest";
import {
  type Paginator,
  type ThoughtIndustriesClient,
  type components,
  createThoughtIndustriesClient,
  normalizeUserList,
} from "../src/index.js";

type User = components["schemas"]["User"];
type Event = components["schemas"]["Event"];

const client: ThoughtIndustriesClient = createThoughtIndustriesClient({
  tenant: "acme",
  apiKey: "ti_test_key_1234",
  fetch: async () => new Response("{}"),
});
const path = { id: "x" };

/** Type-level only: compiled by `tsc`, never called. */
function calls() {
  // @ts-expect-error -- no such path
  void client.GET("/userz");
  // @ts-expect-error -- `id` is a required path parameter
  void client.GET("/users/{id}");
  // @ts-expect-error -- `id` is a required path parameter
  void client.GET("/users/{id}", { params: {} });
  // @ts-expect-error -- `page` is an integer
  void client.GET("/users", { params: { query: { page: "two" } } });
  // @ts-expect-error -- `status` is `active` or `disabled`
  void client.PUT("/users/{id}/updateStatus", { params: { path }, body: { status: "archived" } });
  // @ts-expect-error -- `/ping` is not paginated
  void client.paginate("/ping");
  // @ts-expect-error -- not an event feed
  void client.eventFeed("/users");
  // @ts-expect-error -- `cursor` is the helper's business
  void client.eventFeed("/events/login", { cursor: "abc" });
  // @ts-expect-error -- the API key is required
  void createThoughtIndustriesClient({ tenant: "acme" });
}

describe("types", () => {
  it("types paginate's items by path", () => {
    expectTypeOf(client.paginate("/users")).toEqualTypeOf<Paginator<User>>();
    expectTypeOf(client.paginate("/events/courseAction")).toEqualTypeOf<Paginator<Event>>();
  });

  it("types the helpers' results", () => {
    expectTypeOf(client.getUser("ana@example.com")).toEqualTypeOf<Promise<User>>();
    const feed = client.eventFeed("/events/login", { startDate: new Date(), userId: "x" });
    expectTypeOf(feed).toEqualTypeOf<AsyncIterable<Event>>();
    expectTypeOf(normalizeUserList).returns.toHaveProperty("users").toEqualTypeOf<User[]>();
  });

  it("types raw calls from the spec", () => {
    expectTypeOf(client.GET("/ping"))
      .resolves.toHaveProperty("data")
      .toEqualTypeOf<{ valid: boolean } | undefined>();
    expectTypeOf(calls).toBeFunction();
  });
});
