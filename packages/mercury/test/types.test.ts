import { describe, expectTypeOf, it } from "vitest";
import {
  type BotUser,
  type Filter,
  type MercuryClient,
  type Page,
  type Paginator,
  createMercuryClient,
  parseLastInteractionTime,
  verifyWebhookSignature,
} from "../src/index.js";

// Compile-time checks: `pnpm typecheck` (tsc) fails when one of these stops holding. The calls sit
// in functions that never run, so nothing is sent.
const client = createMercuryClient({ apiKey: "mk_types_only" });
const USERS = "/projects/{projectId}/users/properties";

describe("types", () => {
  it("types the factory, the helpers and their results", () => {
    expectTypeOf(createMercuryClient).returns.toEqualTypeOf<MercuryClient>();
    expectTypeOf(client.listBotUsers).returns.toEqualTypeOf<Paginator<BotUser>>();
    expectTypeOf(parseLastInteractionTime).returns.toEqualTypeOf<Date>();
    expectTypeOf(verifyWebhookSignature).returns.toEqualTypeOf<Promise<boolean>>();
    expectTypeOf<Filter["mode"]>().toEqualTypeOf<"include" | "exclude">();
    expectTypeOf<BotUser["lastInteractionTime"]>().toEqualTypeOf<string>();
    expectTypeOf<BotUser["firstName"]>().toEqualTypeOf<string | null>();
  });

  it("types paginate's items and pages by the operation", () => {
    const walk = () => client.paginate(USERS, { params: { path: { projectId: "p" } } });
    expectTypeOf(walk).returns.toEqualTypeOf<Paginator<BotUser>>();
    expectTypeOf<ReturnType<ReturnType<typeof walk>["pages"]>>().toEqualTypeOf<
      AsyncIterable<Page<BotUser>>
    >();
  });

  it("types raw calls from the spec", () => {
    const call = () => client.GET(USERS, { params: { path: { projectId: "p" }, query: { limit: 5 } } });
    type Data = NonNullable<Awaited<ReturnType<typeof call>>["data"]>;
    expectTypeOf<Data["data"]["items"]>().toEqualTypeOf<BotUser[]>();
  });

  it("takes a readonly list wherever a parameter takes a list (core never changes one)", () => {
    const sortBy = [{ field: "user.lastName", order: "desc" }] as const;
    const filters = [{ mode: "include", field: "user.company", operator: "=", value: "Acme" }] as const;
    const stageIds: readonly string[] = ["s1", "s2"];
    const list = () => client.listBotUsers({ sortBy, filters, stageIds });
    const raw = () =>
      client.GET(USERS, { params: { path: { projectId: "p" }, query: { sortBy, filters, stageIds } } });
    expectTypeOf(list).returns.toEqualTypeOf<Paginator<BotUser>>();
    expectTypeOf(raw).returns.resolves.toHaveProperty("data");
  });

  it("refuses a wrong path, a missing required parameter and a wrong parameter type", () => {
    const never = () => {
      // @ts-expect-error: no such path
      void client.GET("/projects/{projectId}/users", { params: { path: { projectId: "p" } } });
      // @ts-expect-error: not a paginated path
      void client.paginate("/projects/{projectId}", { params: { path: { projectId: "p" } } });
      // @ts-expect-error: path.projectId is required
      void client.GET(USERS, { params: { path: {} } });
      // @ts-expect-error: the whole init is required (projectId)
      void client.paginate(USERS);
      // @ts-expect-error: limit is a number
      void client.GET(USERS, { params: { path: { projectId: "p" }, query: { limit: "5" } } });
      const rawFilters = { filters: [{ mode: "only" as const }] };
      // @ts-expect-error: raw filters are JSON text or typed filters, whose mode is include or exclude
      void client.GET(USERS, { params: { path: { projectId: "p" }, query: rawFilters } });
      // @ts-expect-error: a filter's mode is include or exclude
      void client.listBotUsers({ filters: [{ mode: "only", field: "f", operator: "=", value: 1 }] });
      // @ts-expect-error: a sort key's order is asc or desc
      void client.listBotUsers({ sortBy: [{ field: "f", order: "up" }] });
      // @ts-expect-error: stageIds is a list
      void client.listBotUsers({ stageIds: "a,b" });
      // @ts-expect-error: apiKey is required
      void createMercuryClient({ projectId: "p" });
    };
    expectTypeOf(never).toBeFunction();
  });
});
