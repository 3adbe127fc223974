import { describe, expectTypeOf, it } from "vitest";
import { type Page, type Paginator, createClient } from "../src/index.js";
import { pagingMeta } from "./paging-server.js";

interface User {
  id: string;
  email: string;
}
interface Course {
  code: string;
}

/** A hand-written `paths`, shaped as openapi-typescript writes it. */
interface paths {
  "/users": {
    get: {
      parameters: { query?: { cursor?: string; size?: number } };
      responses: { 200: { content: { "application/json": { data: User[]; next?: string } } } };
    };
  };
  "/orgs/{org}/courses": {
    get: {
      parameters: { path: { org: string }; query?: { page?: number } };
      responses: { 200: { content: { "application/json": { items: Course[] } } } };
    };
  };
  "/users/{id}": {
    get: {
      parameters: { path: { id: string } };
      responses: { 200: { content: { "application/json": User } } };
    };
  };
}
/** What the generator writes next to it: the item type of every paginated path. */
interface PageItems {
  "/users": User;
  "/orgs/{org}/courses": Course;
}

const client = createClient<paths, PageItems>(pagingMeta, { fetch: async () => Response.json({}) });

/** Checked by the compiler only: nothing here runs. */
function typeChecks() {
  {
    // yields the path's item type, in every form
    expectTypeOf(client.paginate("/users")).toEqualTypeOf<Paginator<User>>();
    expectTypeOf(client.paginate("/users").toArray()).resolves.toEqualTypeOf<User[]>();
    expectTypeOf(client.paginate("/users").pages()).toEqualTypeOf<AsyncIterable<Page<User>>>();
    expectTypeOf(client.paginate("/orgs/{org}/courses", { params: { path: { org: "o" } } })).toEqualTypeOf<
      Paginator<Course>
    >();
    void (async () => {
      for await (const user of client.paginate("/users", { params: { query: { size: 10 } } }))
        expectTypeOf(user).toEqualTypeOf<User>();
    });
  }
  {
    // accepts the operation's parameters, call options and paginate options
    client.paginate(
      "/users",
      { params: { query: { cursor: "c" } }, timeoutMs: 100, signal: AbortSignal.timeout(10) },
      { concurrency: 2, prefetch: false },
    );
    client.paginate("/users", undefined, { resume: null });
  }
  {
    // refuses what the types rule out
    // @ts-expect-error a path that is not paginated
    client.paginate("/users/{id}", { params: { path: { id: "1" } } });
    // @ts-expect-error a path that does not exist
    client.paginate("/nope");
    // @ts-expect-error a query parameter of the wrong type
    client.paginate("/users", { params: { query: { size: "10" } } });
    // @ts-expect-error a required path parameter missing
    client.paginate("/orgs/{org}/courses");
    // @ts-expect-error an unknown paginate option
    client.paginate("/users", {}, { parallel: 2 });
  }
}

describe("paginate types", () => {
  it("are checked by the compiler (pnpm typecheck)", () => {
    expectTypeOf(typeChecks).toBeFunction();
  });
});
