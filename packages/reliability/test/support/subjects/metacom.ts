import { createMetacomClient, type MetacomClient } from "@clientele/metacom";
import { startFakeServer } from "@clientele/testing";
import { observed, track } from "../fakes";
import type { Fake, FakeOptions, Subject, SubjectOptions } from "./types";

/** A Metacom fake and its client, with the helpers the generic subject lacks. */
export interface MetacomFake extends Fake {
  /** The typed client, for the token and reset helpers. */
  metacom(options?: SubjectOptions): MetacomClient;
}

/** Metacom: a `next` query string over keyset pages of `/users` (100 each), a token and an environment. */
export async function startMetacom(options: FakeOptions = {}): Promise<MetacomFake> {
  const { items, faults, retryAfterSeconds = 0, credential, seed } = options;
  const server = track(
    await startFakeServer("metacom", {
      seed,
      users: items,
      faults,
      retryAfterSeconds,
      ...(credential && { auth: { token: credential, environmentId: `env_${credential.slice(-12)}` } }),
    }),
  );
  const { token, environmentId } = server.auth;
  const metacom: MetacomFake["metacom"] = ({ credential: sent = token, ...clientOptions } = {}) =>
    createMetacomClient(observed({ baseUrl: server.url, ...clientOptions, token: sent, environmentId }));
  return {
    provider: "metacom",
    server,
    secrets: [token, environmentId],
    ids: () => server.state.users.map((u) => u._id),
    metacom,
    client(clientOptions = {}): Subject {
      const client = metacom(clientOptions);
      const query = { limit: 100 };
      return {
        listPath: "/users",
        list: (init, paginate) => client.paginate("/users", { ...init, params: { query } }, paginate),
        idOf: (item) => (item as { _id: string })._id,
        get: (init) => client.GET("/users", { ...init, params: { query } }),
        byPath: {
          route: "/users/{userId}",
          call: (userId, init) => client.GET("/users/{userId}", { ...init, params: { path: { userId } } }),
        },
        invalid: [
          ...[0, -5, Number.NaN, "ten", 2.5, Infinity].map((limit) => ({
            label: `limit ${String(limit)}`,
            field: "query.limit",
            run: () => client.GET("/users", { params: { query: { limit: limit as number } } }),
          })),
          {
            label: "a token for nobody",
            field: "path.userId",
            run: () => client.createLongLivedToken(""),
          },
          {
            label: "a user that cannot be named",
            field: "path.userId",
            run: () => client.getUser(".."),
          },
        ],
        // the same `next` on every page: the second page repeats its own query
        brokenPage: (text) => ({
          status: "ok",
          data: [{ _id: text }],
          pagination: { hasPrevious: false, hasNext: true, next: "limit=100&after=same-again" },
        }),
        failureEnvelope: (text) => ({ status: "error", error: "failed", description: text, message: text }),
      };
    },
  };
}
