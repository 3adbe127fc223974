import { createIsNotAiClient } from "@clientele/isnotai";
import { startFakeServer } from "@clientele/testing";
import { observed, track } from "../fakes";
import type { Fake, FakeOptions, Subject } from "./types";

type User = { userId: string };

/** A well-formed Not AI key (`aik_v1_` and 40 base64url characters) that says what it is. */
export function isnotaiKey(tag: string): string {
  return `aik_v1_${tag}`.padEnd(47, "0").slice(0, 47);
}

/** Not AI: cursor pagination of `/v1/users` (100 per page), a `Bearer` key. */
export async function startIsnotai(options: FakeOptions = {}): Promise<Fake> {
  const { items, faults, retryAfterSeconds = 0, credential, seed } = options;
  const server = track(
    await startFakeServer("isnotai", {
      seed,
      users: items,
      faults,
      retryAfterSeconds,
      auth: {
        perMinute: false,
        ...(credential && {
          keys: {
            us: { free: isnotaiKey("free"), pro: credential, enterprise: isnotaiKey("ent") },
            eu: { free: isnotaiKey("eu_free"), pro: isnotaiKey("eu_pro"), enterprise: isnotaiKey("eu_ent") },
          },
        }),
      },
    }),
  );
  const apiKey = server.auth.keys.us.pro;
  return {
    provider: "isnotai",
    server,
    secrets: [apiKey],
    ids: () => server.state.users.map((u) => u.userId),
    client({ credential = apiKey, ...clientOptions } = {}): Subject {
      const client = createIsNotAiClient(
        observed({ baseUrl: server.url, ...clientOptions, apiKey: credential }),
      );
      const query = { pageSize: 100 };
      return {
        listPath: "/v1/users",
        list: (init, paginate) => client.paginate("/v1/users", { ...init, params: { query } }, paginate),
        idOf: (item) => (item as User).userId,
        get: (init) => client.GET("/v1/users", { ...init, params: { query } }),
        byPath: {
          route: "/v1/users/{userId}/sessions",
          call: (userId, init) =>
            client.GET("/v1/users/{userId}/sessions", { ...init, params: { path: { userId } } }),
        },
        invalid: [
          ...[101, 0, -1, Number.NaN, Infinity, 2.5, "abc", "", true].map((pageSize) => ({
            label: `pageSize ${String(pageSize) || '""'}`,
            field: "query.pageSize",
            run: () => client.GET("/v1/users", { params: { query: { pageSize: pageSize as number } } }),
          })),
          {
            label: "an unknown period",
            field: "query.period",
            run: () => client.GET("/v1/analytics", { params: { query: { period: "1y" as "24h" } } }),
          },
          {
            label: "a startDate that is not a date-time",
            field: "query.startDate",
            run: () => client.GET("/v1/sessions", { params: { query: { startDate: "last tuesday" } } }),
          },
          {
            label: "an invalid Date",
            field: "query.endDate",
            run: () =>
              client.GET("/v1/sessions", {
                params: { query: { endDate: new Date("nope") as unknown as string } },
              }),
          },
          {
            label: "a date range that ends before it starts",
            field: "query.startDate",
            run: () =>
              client.GET("/v1/sessions", {
                params: { query: { startDate: "2026-06-20T00:00:00Z", endDate: "2026-06-01T00:00:00Z" } },
              }),
          },
          {
            label: "an event window that ends before it starts",
            field: "query.startTime",
            run: () =>
              client.GET("/v1/sessions/{sessionId}/events", {
                params: { path: { sessionId: "s1" }, query: { startTime: 2_000, endTime: 1_000 } },
              }),
          },
          {
            label: "a negative epoch",
            field: "query.startTime",
            run: () =>
              client.GET("/v1/sessions/{sessionId}/events", {
                params: { path: { sessionId: "s1" }, query: { startTime: -1 } },
              }),
          },
        ],
        // the same cursor on every page: the second page repeats the first one's next state
        brokenPage: (text) => ({
          data: [{ userId: text }],
          pagination: { nextCursor: "same-again", hasMore: true, limit: 100 },
        }),
      };
    },
  };
}
