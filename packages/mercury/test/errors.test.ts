import { describe, expect, it } from "vitest";
import { isApiError, unwrap } from "../src/index.js";
import { PROJECT, clientOn, startMercury } from "./fixtures.js";

const OPERATION = "GET /projects/{projectId}/users/properties";

describe("isApiError, typed for Mercury's operations", () => {
  it("narrows the listBotUsers helper's 404 to its operation and its envelope", async () => {
    const server = await startMercury();
    const { client } = clientOn(server);
    const error = await client
      .listBotUsers({ projectId: "00000000-0000-4000-8000-000000000000" })
      .toArray()
      .catch((e: unknown) => e);
    if (!isApiError(error, OPERATION) || error.status !== 404) throw error;
    expect([error.body.message ?? error.providerMessage, error.operation]).toEqual([
      "Project not found",
      OPERATION,
    ]);
  });

  it("narrows a 401 of unwrap, and no other operation's", async () => {
    const server = await startMercury();
    const { client } = clientOn(server, { apiKey: "mk_wrong_secret_key" });
    const error = await unwrap(
      client.GET("/projects/{projectId}/users/properties", { params: { path: { projectId: PROJECT } } }),
    ).catch((e: unknown) => e);
    expect(isApiError(error, "GET /projects/{projectId}/users" as never)).toBe(false);
    if (!isApiError(error, OPERATION) || error.status !== 401) throw error;
    expect(error.providerMessage).toBe("Unauthorized");
  });
});
