import { createSparkwiseClient, type SparkwiseClient } from "@clientele/sparkwise";
import { startFakeServer } from "@clientele/testing";
import { observed, track } from "../fakes";
import type { Fake, FakeOptions, Subject, SubjectOptions } from "./types";

type User = { remoteId: string };

/** A Sparkwise fake and its client, with the batch helpers the generic subject lacks. */
export interface SparkwiseFake extends Fake {
  /** The typed client, for batches. */
  sparkwise(options?: SubjectOptions): SparkwiseClient;
}

/** Sparkwise: page-number pagination of `/users` (200 per page, total known), an `x-api-key`. */
export async function startSparkwise(options: FakeOptions = {}): Promise<SparkwiseFake> {
  const { items, faults, retryAfterSeconds = 0, credential, seed } = options;
  const server = track(
    await startFakeServer("sparkwise", {
      seed,
      users: items,
      faults,
      retryAfterSeconds,
      ...(credential && { auth: { apiKey: credential } }),
    }),
  );
  const { apiKey } = server.auth;
  const sparkwise: SparkwiseFake["sparkwise"] = ({ credential = apiKey, ...clientOptions } = {}) =>
    createSparkwiseClient(observed({ baseUrl: server.url, ...clientOptions, apiKey: credential }));
  return {
    provider: "sparkwise",
    server,
    secrets: [apiKey],
    ids: () => server.state.users.map((u) => u.remoteId!),
    sparkwise,
    client(clientOptions = {}): Subject {
      const client = sparkwise(clientOptions);
      const query = { pageSize: 200 };
      return {
        listPath: "/users",
        list: (init, paginate) => client.paginate("/users", { ...init, params: { query } }, paginate),
        idOf: (item) => (item as User).remoteId,
        get: (init) => client.GET("/users", { ...init, params: { query } }),
        invalid: [
          ...[201, 0, -3, Number.NaN, "all", 1.5].map((pageSize) => ({
            label: `pageSize ${String(pageSize)}`,
            field: "query.pageSize",
            run: () => client.GET("/users", { params: { query: { pageSize: pageSize as number } } }),
          })),
          ...[-1, Number.NaN, "first"].map((page) => ({
            label: `page ${String(page)}`,
            field: "query.page",
            run: () => client.GET("/users", { params: { query: { page: page as number } } }),
          })),
          {
            label: "a window that ends before it starts",
            field: "query.from",
            run: () => client.listClusters({ from: "2024-06-01T00:00:00Z", to: "2024-01-01T00:00:00Z" }),
          },
          {
            label: "an empty window",
            field: "query.from",
            run: () => client.listCompletions({ from: "2024-06-01", to: new Date("2024-06-01T00:00:00Z") }),
          },
          {
            label: "a bound that is not an instant",
            field: "query.to",
            run: () => client.listCompletions({ to: "soon" }),
          },
          {
            label: "an empty batch",
            field: "body.users",
            run: () => client.POST("/users/batch-upsert", { body: { users: [] } }),
          },
          {
            label: "an oversized batch",
            field: "body.users",
            run: () =>
              client.POST("/users/batch-deactivate", {
                body: { users: Array.from({ length: 201 }, (_, i) => ({ remoteId: `r${i}` })) },
              }),
          },
          {
            label: "a member without remoteId",
            field: "users[2].remoteId",
            run: () => client.upsertUsers([{ remoteId: "a" }, { remoteId: "b" }, { remoteId: "" }]),
          },
          {
            label: "a member twice",
            field: "users[1].remoteId",
            run: () => client.deactivateUsers([{ remoteId: "a" }, { remoteId: "a" }]),
          },
          {
            label: "a wrong-typed member field",
            field: "users[0].active",
            run: () => client.upsertUsers([{ remoteId: "a", active: "yes" as unknown as boolean }]),
          },
        ],
        // page numbers always move on, so a page-number walk cannot repeat: no item array instead
        brokenPage: (text) => ({ success: true, data: { items: { text }, totalPages: 3 }, error: null }),
        failureEnvelope: (text) => ({ success: false, data: null, error: { message: text } }),
      };
    },
  };
}
