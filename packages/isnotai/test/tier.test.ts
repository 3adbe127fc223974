import { describe, expect, it } from "vitest";
import { createIsNotAiClient, tierOf } from "../src/index";
import { UNKNOWN_KEY, clientOf, startFake } from "./fixtures";

describe("tierOf", () => {
  it("reads the tier from a result, a page and a raw Response", async () => {
    const server = await startFake();
    for (const tier of ["free", "pro", "enterprise"] as const) {
      const client = clientOf(server, tier);
      const result = await client.GET("/v1/integration");
      expect([tierOf(result), tierOf(result.response)]).toEqual([tier, tier]);
      for await (const page of client.paginate("/v1/sessions").pages()) expect(tierOf(page)).toBe(tier);
    }
  });

  it("is there on an error the server answers after authentication", async () => {
    const server = await startFake();
    const result = await clientOf(server, "free").GET("/v1/sessions/{sessionId}", {
      params: { path: { sessionId: "nope" } },
    });
    expect([result.response.status, tierOf(result)]).toEqual([404, "free"]);
  });

  it("is undefined on the 401 of a refused key and on the edge's 429", async () => {
    const server = await startFake({ auth: { perMinute: { free: 1, pro: 1, enterprise: 1 } } });
    const refused = await createIsNotAiClient({ apiKey: UNKNOWN_KEY, baseUrl: server.url }).GET("/v1/stats");
    expect([refused.response.status, tierOf(refused)]).toEqual([401, undefined]);
    const client = clientOf(server, "pro", { retry: false });
    await client.GET("/v1/stats");
    const limited = await client.GET("/v1/stats");
    expect([limited.response.status, tierOf(limited)]).toEqual([429, undefined]);
  });
});
