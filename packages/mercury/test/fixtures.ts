import {
  type FakeServer,
  type FakeServerOptions,
  type ProviderTypes,
  startFakeServer,
} from "@clientele/testing";
import { afterEach } from "vitest";
import { type MercuryClientOptions, createMercuryClient } from "../src/index.js";

type Types = ProviderTypes["mercury"];
export type MercuryFake = FakeServer<Types["state"], Types["auth"]>;

export const PROJECT = "3f2b8c1e-9d4a-4e6b-8f10-2a3b4c5d6e7f";
export const STAGES = ["a6819263-73f9-48db-969f-ee9d7241d7b6", "0f954369-16e8-4d18-915a-7be2dc458714"];

const open: MercuryFake[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

/** Starts the mercury fake (closed after the test). */
export async function startMercury(options: FakeServerOptions<Types["auth"]> = {}): Promise<MercuryFake> {
  const server = await startFakeServer("mercury", { users: 23, seed: 11, ...options });
  open.push(server);
  return server;
}

/** A client on the fake whose `fetch` records every request URL exactly as sent. */
export function clientOn(server: MercuryFake, options: Partial<MercuryClientOptions> = {}) {
  const urls: string[] = [];
  const client = createMercuryClient({
    apiKey: server.auth.apiKey,
    baseUrl: server.url,
    retry: false,
    fetch: (request: Request) => {
      urls.push(request.url);
      return fetch(request);
    },
    ...options,
  });
  return { client, urls };
}

/** The raw query string of a recorded URL (still percent-encoded). */
export const rawQuery = (url: string | undefined) => new URL(url!).search.slice(1);

/** The ids of a project's users in the fake's default order (by userId). */
export const idsOf = (server: MercuryFake, projectId = PROJECT) =>
  server.state.projects[projectId]!.users.map((u) => u.user.userId).sort();
