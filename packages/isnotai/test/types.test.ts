import { describe, expectTypeOf, it } from "vitest";
import {
  createIsNotAiClient,
  tierOf,
  type Analytics,
  type Course,
  type IsNotAiClientOptions,
  type IsNotAiTier,
  type Page,
  type Session,
  type SessionEvent,
  type User,
} from "../src/index";

const client = createIsNotAiClient({
  apiKey: `aik_v1_${"t".repeat(40)}`,
  fetch: async () => new Response("{}"),
});

/** Type-checked, never run: the calls below must not (or need not) reach a server. */
function compileOnly(_check: () => unknown): void {}

describe("types", () => {
  it("refuses a wrong path, a missing path parameter and a wrong parameter type", () =>
    compileOnly(() => {
      // @ts-expect-error -- no such path in the spec
      void client.GET("/v1/user");
      // @ts-expect-error -- sessionId is required
      void client.GET("/v1/sessions/{sessionId}", { params: { path: {} } });
      // @ts-expect-error -- pageSize is an integer, not text
      void client.GET("/v1/users", { params: { query: { pageSize: "ten" } } });
      // @ts-expect-error -- period is one of 24h, 7d, 30d, 90d
      void client.GET("/v1/analytics", { params: { query: { period: "1y" } } });
      // @ts-expect-error -- /v1/stats is not a paginated operation
      void client.paginate("/v1/stats");
      // @ts-expect-error -- the userId path parameter is required
      void client.paginate("/v1/users/{userId}/sessions");
    }));

  it("types the data of a call from the spec", async () => {
    const { data } = await client.GET("/v1/analytics");
    expectTypeOf(data?.data).toEqualTypeOf<Analytics | undefined>();
  });

  it("yields the item type of each paginated operation", () => {
    expectTypeOf(client.paginate("/v1/users")).toExtend<AsyncIterable<User>>();
    expectTypeOf(client.paginate("/v1/sessions")).toExtend<AsyncIterable<Session>>();
    expectTypeOf(client.paginate("/v1/courses")).toExtend<AsyncIterable<Course>>();
    const events = client.paginate("/v1/sessions/{sessionId}/events", {
      params: { path: { sessionId: "s" } },
    });
    expectTypeOf(events).toExtend<AsyncIterable<SessionEvent>>();
    expectTypeOf(events.pages()).toExtend<AsyncIterable<Page<SessionEvent>>>();
    const mine = client.paginate("/v1/users/{userId}/sessions", { params: { path: { userId: "u" } } });
    expectTypeOf(mine.toArray).returns.toEqualTypeOf<Promise<Session[]>>();
  });

  it("types the options and tierOf", () => {
    expectTypeOf<IsNotAiClientOptions["region"]>().toEqualTypeOf<"us" | "eu" | undefined>();
    expectTypeOf<IsNotAiClientOptions["sendKeyAs"]>().toEqualTypeOf<"bearer" | "x-api-key" | undefined>();
    // @ts-expect-error -- Not AI runs in the US and the EU only
    compileOnly(() => createIsNotAiClient({ apiKey: "aik_v1_x", region: "ap" }));
    expectTypeOf(tierOf).returns.toEqualTypeOf<IsNotAiTier | undefined>();
    expectTypeOf<"free">().toExtend<IsNotAiTier>();
  });
});
