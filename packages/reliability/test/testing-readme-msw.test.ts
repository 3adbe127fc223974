/**
 * The msw example of @clientele/testing's README, verbatim: a consumer's test that answers a
 * client from the fake's msw handlers, without a socket. It lives here for the same reason as
 * `testing-readme.test.ts`: it needs a provider client.
 */
// README (@clientele/testing): Use a fake without a socket: msw handlers
import { afterAll, beforeAll, expect, it } from "vitest";
import { setupServer } from "msw/node";
import { createFakeHandlers } from "@clientele/testing/msw";
import { createSparkwiseClient } from "@clientele/sparkwise";

const fake = createFakeHandlers("sparkwise", { seed: 7, users: 500 });
const network = setupServer(...fake.handlers);

beforeAll(() => network.listen({ onUnhandledRequest: "error" }));
afterAll(() => network.close());

it("survives a 503 followed by a reset, without a socket", async () => {
  fake.setFaults(["503", "reset"]);
  // fake.url is https://sparkwise.fake.test unless you pass `url` (a base path is kept)
  const client = createSparkwiseClient({ ...fake.auth, baseUrl: fake.url });
  const users = await client.paginate("/users").toArray();
  expect(users).toHaveLength(500);
  expect(fake.ledger.faults.reset).toBe(1);
});
