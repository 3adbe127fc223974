import { startFakeServer } from "@clientele/testing";
import { createThoughtIndustriesClient, type ThoughtIndustriesClient } from "@clientele/thought-industries";
import { observed, track } from "../fakes";
import type { Fake, FakeOptions, Subject, SubjectOptions } from "./types";

/** A Thought Industries fake and its client, with the helpers the generic subject lacks. */
export interface ThoughtIndustriesFake extends Fake {
  /** The typed client, for writes and the event feeds. */
  thoughtIndustries(options?: SubjectOptions): ThoughtIndustriesClient;
}

/** Thought Industries: cursor pages of `/users` (50 each, the instance's size), a `Bearer` key. */
export async function startThoughtIndustries(options: FakeOptions = {}): Promise<ThoughtIndustriesFake> {
  const { items, faults, retryAfterSeconds = 0, credential, seed } = options;
  const server = track(
    await startFakeServer("thought-industries", {
      seed,
      users: items,
      faults,
      retryAfterSeconds,
      rateLimit: false,
      ...(credential && { auth: { apiKey: credential } }),
    }),
  );
  const { apiKey } = server.auth;
  const thoughtIndustries: ThoughtIndustriesFake["thoughtIndustries"] = ({
    credential: sent = apiKey,
    ...clientOptions
  } = {}) => createThoughtIndustriesClient(observed({ baseUrl: server.url, ...clientOptions, apiKey: sent }));
  return {
    provider: "thought-industries",
    server,
    secrets: [apiKey],
    ids: () => server.state.users.map((u) => u.id),
    thoughtIndustries,
    client(clientOptions = {}): Subject {
      const client = thoughtIndustries(clientOptions);
      const drain = async (feed: AsyncIterable<unknown>) => {
        for await (const _ of feed);
      };
      return {
        listPath: "/users",
        list: (init, paginate) => client.paginate("/users", { ...init, params: {} }, paginate),
        idOf: (item) => (item as { id: string }).id,
        get: (init) => client.GET("/users", { ...init, params: {} }),
        byPath: {
          route: "/users/{id}",
          call: (id, init) => client.GET("/users/{id}", { ...init, params: { path: { id } } }),
        },
        invalid: [
          ...[-1, Number.NaN, "two", 1.5].map((page) => ({
            label: `page ${String(page)}`,
            field: "query.page",
            run: () => client.GET("/users", { params: { query: { page: page as number } } }),
          })),
          {
            label: "an empty cursor",
            field: "query.cursor",
            run: () => client.GET("/users", { params: { query: { cursor: "" } } }),
          },
          {
            label: "a feed bound that is not an instant",
            field: "query.startDate",
            run: () => drain(client.eventFeed("/events/login", { startDate: "last week" })),
          },
          {
            label: "a feed window that ends before it starts",
            field: "query.startDate",
            run: () =>
              drain(
                client.eventFeed("/events/login", {
                  startDate: "2024-11-30T00:00:00Z",
                  endDate: "2024-11-01T00:00:00Z",
                }),
              ),
          },
          {
            label: "a reset for a user that cannot be named",
            field: "path.id",
            run: () =>
              client.POST("/users/{id}/resetProgress", {
                params: { path: { id: "." } },
                body: { slug: "onboarding-101", revokeAccess: false },
              }),
          },
        ],
        // the same cursor on every page: the second page repeats the first one's next state
        brokenPage: (text) => ({ users: [{ id: text }], pageInfo: { hasMore: true, cursor: "same-again" } }),
      };
    },
  };
}
