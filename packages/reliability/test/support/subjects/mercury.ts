import { createMercuryClient, type MercuryClient } from "@clientele/mercury";
import { startFakeServer } from "@clientele/testing";
import { observed, track } from "../fakes";
import type { Fake, FakeOptions, Subject, SubjectOptions } from "./types";

/** A Mercury fake and its client, with the typed listing the generic subject lacks. */
export interface MercuryFake extends Fake {
  mercury(options?: SubjectOptions): MercuryClient;
}

/** Mercury: keyset pages (`startId` inclusive, 100 each) of a project's bot users, a `Bearer` key. */
export async function startMercury(options: FakeOptions = {}): Promise<MercuryFake> {
  const { items, faults, retryAfterSeconds = 0, credential, seed } = options;
  const server = track(
    await startFakeServer("mercury", {
      seed,
      users: items,
      faults,
      retryAfterSeconds,
      ...(credential && { auth: { apiKey: credential } }),
    }),
  );
  const { apiKey } = server.auth;
  const { projectId } = server.state;
  const mercury: MercuryFake["mercury"] = ({ credential: sent = apiKey, ...clientOptions } = {}) =>
    createMercuryClient(observed({ baseUrl: server.url, ...clientOptions, apiKey: sent, projectId }));
  const path = "/projects/{projectId}/users/properties";
  return {
    provider: "mercury",
    server,
    secrets: [apiKey],
    // without sortBy the fake serves a project's users by userId, in code-unit order
    ids: () =>
      server.state.projects[projectId]!.users.map((u) => u.user.userId).sort((a, b) =>
        a < b ? -1 : a > b ? 1 : 0,
      ),
    mercury,
    client(clientOptions = {}): Subject {
      const client = mercury(clientOptions);
      const params = { path: { projectId }, query: { limit: 100 } };
      const drain = async (walk: AsyncIterable<unknown>) => {
        for await (const _ of walk);
      };
      return {
        listPath: path,
        list: (init, paginate) => client.paginate(path, { ...init, params }, paginate),
        idOf: (item) => (item as { userId: string }).userId,
        get: (init) => client.GET(path, { ...init, params }),
        byPath: {
          route: path,
          call: (value, init) =>
            client.GET(path, { ...init, params: { path: { projectId: value }, query: { limit: 1 } } }),
        },
        invalid: [
          ...[0, -1, Number.NaN, "all", 0.5].map((limit) => ({
            label: `limit ${String(limit)}`,
            field: "query.limit",
            run: () => drain(client.listBotUsers({ limit: limit as number })),
          })),
          {
            label: "a filter with an unknown mode",
            field: "query.filters[0].mode",
            run: () =>
              drain(
                client.listBotUsers({
                  filters: [{ mode: "maybe" as "include", field: "user.company", operator: "=", value: "x" }],
                }),
              ),
          },
          {
            label: "a filter value that is an object",
            field: "query.filters[1].value",
            run: () =>
              drain(
                client.listBotUsers({
                  filters: [
                    { mode: "include", field: "user.company", operator: "=", value: "x" },
                    {
                      mode: "exclude",
                      field: "user.age",
                      operator: "=",
                      value: { $gt: 3 } as unknown as number,
                    },
                  ],
                }),
              ),
          },
          {
            label: "filters that are not JSON",
            field: "query.filters",
            run: () => client.GET(path, { params: { path: { projectId }, query: { filters: "[{mode:" } } }),
          },
          {
            label: "a sort order that is neither asc nor desc",
            field: "query.sortBy[0].order",
            run: () => drain(client.listBotUsers({ sortBy: [{ field: "user.age", order: "up" as "asc" }] })),
          },
          {
            label: "no stage at all",
            field: "query.stageIds",
            run: () => drain(client.listBotUsers({ stageIds: [] })),
          },
          {
            label: "an empty startId",
            field: "query.startId",
            run: () => client.GET(path, { params: { path: { projectId }, query: { startId: "" } } }),
          },
        ],
        brokenPage: (text) => ({ success: true, data: { items: { text } } }),
        failureEnvelope: (text) => ({ success: false, message: text }),
      };
    },
  };
}
