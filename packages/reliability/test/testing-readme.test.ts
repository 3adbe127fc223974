/**
 * The consumer example of @clientele/testing's README, verbatim: a test suite of a consumer that
 * starts a fake and points a client at it. It lives here because it needs a provider client, and
 * @clientele/testing cannot depend on one without a cycle.
 */
// README (@clientele/testing): Use a fake in your own tests
import { afterAll, beforeAll, expect, it } from "vitest";
import { startFakeServer, type FakeServerOf } from "@clientele/testing";
import { createSparkwiseClient } from "@clientele/sparkwise";

let server: FakeServerOf<"sparkwise">;

beforeAll(async () => {
  server = await startFakeServer("sparkwise", { seed: 7, users: 500 });
});
afterAll(() => server.close());

it("survives a 503 followed by a reset", async () => {
  server.setFaults(["503", "reset"]);
  // The fake accepts the credentials in `server.auth` (the provider's defaults unless you pass `auth`).
  const client = createSparkwiseClient({ ...server.auth, baseUrl: server.url });
  const users = await client.paginate("/users").toArray();
  expect(users).toHaveLength(500);
  expect(server.ledger.faults["503"]).toBe(1);
});
