import { createIsNotAiClient } from "@clientele/isnotai";
import { type MercuryClient, createMercuryClient } from "@clientele/mercury";
import { createMetacomClient } from "@clientele/metacom";
import { createSparkwiseClient } from "@clientele/sparkwise";
import { type FakeServer, startFakeServer } from "@clientele/testing";
import { createThoughtIndustriesClient } from "@clientele/thought-industries";
import type { ClientOptions, Page } from "@clientele/core";

/** What the demo does with one provider: where its users are and how to reach them. */
export interface DemoProvider {
  readonly name: string;
  /** Environment variables a live run needs. */
  readonly env: readonly string[];
  /** Users the fake is seeded with. */
  readonly users: number;
  /** The path template of the users list that `pages` walks. */
  readonly usersPath: string;
  /** A client of the connection, built with the given options. */
  client(connect: Connection, options: ClientOptions): DemoClient;
  /** The pages of every user, through a client of `client`. */
  pages(client: DemoClient): AsyncIterable<Page<unknown>>;
}

/** What the demo calls on any provider's client (each is typed in its own package). */
export interface DemoClient {
  GET(path: string, init?: object): Promise<{ response: Response; data?: unknown; error?: unknown }>;
  paginate(path: string, init?: object): { pages(): AsyncIterable<Page<unknown>> };
  use(...middleware: object[]): void;
}

/** A fake server (its URL and credentials), or the environment of a live run. */
export type Connection = { fake: FakeServer<any, any> } | { env: Record<string, string> };

const fakeOrLive = <T>(
  c: Connection,
  fake: (s: FakeServer<any, any>) => T,
  live: (env: Record<string, string>) => T,
) => ("fake" in c ? fake(c.fake) : live(c.env));

export const PROVIDERS: readonly DemoProvider[] = [
  {
    name: "isnotai",
    env: ["ISNOTAI_API_KEY"],
    users: 800,
    usersPath: "/v1/users",
    client(c, options) {
      return fakeOrLive(
        c,
        (s) => createIsNotAiClient({ ...options, apiKey: s.auth.keys.us.pro, baseUrl: s.url }),
        (env) =>
          createIsNotAiClient({
            ...options,
            apiKey: env.ISNOTAI_API_KEY!,
            region: env.ISNOTAI_REGION === "eu" ? "eu" : "us",
          }),
      ) as unknown as DemoClient;
    },
    pages(client) {
      return client.paginate("/v1/users", { params: { query: { pageSize: 50 } } }).pages();
    },
  },
  {
    name: "thought-industries",
    env: ["TI_API_KEY", "TI_TENANT"],
    users: 1000,
    usersPath: "/users",
    client(c, options) {
      return fakeOrLive(
        c,
        (s) => createThoughtIndustriesClient({ ...options, apiKey: s.auth.apiKey, baseUrl: s.url }),
        (env) =>
          createThoughtIndustriesClient({ ...options, apiKey: env.TI_API_KEY!, tenant: env.TI_TENANT! }),
      ) as unknown as DemoClient;
    },
    pages(client) {
      return client.paginate("/users").pages();
    },
  },
  {
    name: "sparkwise",
    env: ["SPARKWISE_API_KEY"],
    users: 1200,
    usersPath: "/users",
    client(c, options) {
      return sparkwise(c, options) as unknown as DemoClient;
    },
    pages(client) {
      return client.paginate("/users", { params: { query: { pageSize: 50 } } }).pages();
    },
  },
  {
    name: "metacom",
    env: ["METACOM_TOKEN", "METACOM_ENVIRONMENT_ID", "METACOM_DOMAIN"],
    users: 600,
    usersPath: "/users",
    client(c, options) {
      return fakeOrLive(
        c,
        (s) => createMetacomClient({ ...options, ...s.auth, baseUrl: s.url }),
        (env) =>
          createMetacomClient({
            ...options,
            token: env.METACOM_TOKEN!,
            environmentId: env.METACOM_ENVIRONMENT_ID!,
            domain: env.METACOM_DOMAIN!,
          }),
      ) as unknown as DemoClient;
    },
    pages(client) {
      return client.paginate("/users", { params: { query: { limit: 25 } } }).pages();
    },
  },
  {
    name: "mercury",
    env: ["MERCURY_API_KEY", "MERCURY_PROJECT_ID"],
    users: 700,
    usersPath: "/projects/{projectId}/users/properties",
    client(c, options) {
      return fakeOrLive(
        c,
        (s) =>
          createMercuryClient({
            ...options,
            apiKey: s.auth.apiKey,
            projectId: s.state.projectId,
            baseUrl: s.url,
          }),
        (env) =>
          createMercuryClient({
            ...options,
            apiKey: env.MERCURY_API_KEY!,
            projectId: env.MERCURY_PROJECT_ID!,
          }),
      ) as unknown as DemoClient;
    },
    pages(client) {
      return (client as unknown as MercuryClient).listBotUsers({ limit: 25 }).pages();
    },
  },
];

/** The Sparkwise client of a connection (the demo's batch upsert uses it too). */
export function sparkwise(c: Connection, options: ClientOptions) {
  return fakeOrLive(
    c,
    (s) => createSparkwiseClient({ ...options, apiKey: s.auth.apiKey, baseUrl: s.url }),
    (env) => createSparkwiseClient({ ...options, apiKey: env.SPARKWISE_API_KEY! }),
  );
}

/** Starts a provider's fake with modest faults, so that retries happen. */
export function startFake(p: DemoProvider, seed: number): Promise<FakeServer<any, any>> {
  return startFakeServer(p.name as "sparkwise", {
    seed,
    users: p.users,
    latencyMs: 2,
    retryAfterSeconds: 0,
    faults: { rate: 0.1, kinds: ["429", "500", "502", "503", "504", "reset", "truncated", "html-200"] },
  });
}
