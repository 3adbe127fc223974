import { describe, expect, it } from "vitest";
import vector from "../../../specs/mercury/examples/query-serialization.vector.json" with { type: "json" };
import { ApiError, RateLimitError, ValidationError, createMercuryClient, unwrap } from "../src/index.js";
import { PROJECT, STAGES, clientOn, idsOf, rawQuery, startMercury } from "./fixtures.js";

const OTHER = "9b2e6f0a-5c4d-4e8f-a1b2-c3d4e5f6a7b8";
const company = [{ mode: "include", field: "user.company", operator: "=", value: "Mercury.ai" }] as const;

describe("createMercuryClient: projectId", () => {
  it("reads the project bound at construction", async () => {
    const server = await startMercury();
    const { client } = clientOn(server, { projectId: PROJECT });
    const users = await client.listBotUsers().toArray();
    expect(users.map((u) => u.userId)).toEqual(idsOf(server));
    expect(server.requests[0]?.path).toBe(`/projects/${PROJECT}/users/properties`);
  });

  it("reads another project when a call names one", async () => {
    const server = await startMercury();
    const { client } = clientOn(server, { projectId: PROJECT });
    const users = await client.listBotUsers({ projectId: OTHER }).toArray();
    expect(users.map((u) => u.userId)).toEqual(idsOf(server, OTHER));
    expect(server.requests[0]?.path).toBe(`/projects/${OTHER}/users/properties`);
  });

  it("refuses with a ValidationError naming path.projectId when neither gives one, before any request", async () => {
    const server = await startMercury();
    const { client } = clientOn(server);
    await expect(client.listBotUsers().toArray()).rejects.toMatchObject({
      field: "path.projectId",
      rule: "required",
    });
    await expect(client.listBotUsers({ projectId: "" }).toArray()).rejects.toBeInstanceOf(ValidationError);
    await expect(client.listBotUsers({ projectId: ".." }).toArray()).rejects.toMatchObject({
      field: "path.projectId",
    });
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a missing apiKey or an empty projectId at construction", () => {
    expect(() => createMercuryClient({ apiKey: "" })).toThrow(expect.objectContaining({ field: "apiKey" }));
    expect(() => createMercuryClient({ apiKey: "k", projectId: "" })).toThrow(
      expect.objectContaining({ field: "projectId" }),
    );
  });
});

describe("createMercuryClient: query serialisation", () => {
  it("sends the documented example byte for byte: %2B signs, JSON encoded once, one comma-joined stageIds", async () => {
    const server = await startMercury();
    const { client, urls } = clientOn(server);
    await client
      .listBotUsers({
        projectId: vector.params.projectId,
        stageIds: vector.params.stageIds,
        filters: [...company],
        sortBy: [
          { field: "user.lastName", order: "asc" },
          { field: "user.firstName", order: "asc" },
        ],
        limit: vector.params.limit,
      })
      .pages()
      [Symbol.asyncIterator]()
      .next();
    expect(rawQuery(urls[0])).toBe(vector.query);
    // the fake decoded it once: a raw "+" would have arrived as a space, double encoding as "%5B…"
    expect(server.requests[0]?.query).toEqual({
      stageIds: STAGES.join(","),
      filters: JSON.stringify(vector.params.filters),
      sortBy: vector.params.sortBy,
      limit: "10",
    });
  });

  it("encodes raw calls the same way: typed filters and sort keys, or their text", async () => {
    const server = await startMercury();
    const { client, urls } = clientOn(server);
    const query = {
      filters: [...company],
      sortBy: [
        { field: "user.visits", order: "desc" as const },
        { field: "user.lastName", order: "asc" as const },
      ],
      limit: 3,
    };
    const data = await unwrap(
      client.GET("/projects/{projectId}/users/properties", {
        params: { path: { projectId: PROJECT }, query },
      }),
    );
    expect(data.success).toBe(true);
    expect(rawQuery(urls[0])).toBe(
      "filters=%5B%7B%22mode%22%3A%22include%22%2C%22field%22%3A%22user.company%22%2C%22operator%22%3A%22%3D%22%2C%22value%22%3A%22Mercury.ai%22%7D%5D&sortBy=-user.visits%2C%2Buser.lastName&limit=3",
    );
    expect(server.requests[0]?.query.sortBy).toBe("-user.visits,+user.lastName");
  });

  it("percent-encodes a project id once, so it arrives as sent", async () => {
    const server = await startMercury();
    const odd = "proj/with ?#%";
    server.state.projects[odd] = {
      stageIds: STAGES,
      users: server.state.projects[PROJECT]!.users.slice(0, 2),
    };
    const { client } = clientOn(server);
    expect(await client.listBotUsers({ projectId: odd }).toArray()).toHaveLength(2);
  });
});

describe("createMercuryClient: errors", () => {
  it("throws ApiError with the provider's message for 401, 403 and 404, never the key", async () => {
    const server = await startMercury();
    const cases = [
      [clientOn(server, { apiKey: "mk_wrong_secret_key" }).client, PROJECT, 401, "Unauthorized"],
      [clientOn(server).client, "11111111-2222-4333-8444-555555555555", 403, "Forbidden"],
      [clientOn(server).client, "00000000-0000-4000-8000-000000000000", 404, "Project not found"],
    ] as const;
    for (const [client, projectId, status, providerMessage] of cases) {
      const error = await client
        .listBotUsers({ projectId })
        .toArray()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status, providerMessage });
      const text = `${(error as Error).message} ${JSON.stringify(error)}`;
      expect(text).not.toContain("mk_wrong_secret_key");
      expect(text).not.toContain(server.auth.apiKey);
    }
  });

  it("surfaces the server's 400 for a filter it refuses (an operator it does not know)", async () => {
    const server = await startMercury();
    const { client } = clientOn(server, { projectId: PROJECT });
    const filters = [{ mode: "include" as const, field: "user.company", operator: "matches", value: "x" }];
    await expect(client.listBotUsers({ filters }).toArray()).rejects.toMatchObject({
      status: 400,
      providerMessage: expect.stringMatching(/^Invalid filters parameter/),
    });
  });

  it("retries a 503 and a reset, and gives a RateLimitError for a 429 when retries are off", async () => {
    const server = await startMercury({ faults: ["503", "reset"] });
    const { client } = clientOn(server, { projectId: PROJECT, retry: { retries: 2, baseDelayMs: 1 } });
    expect(await client.listBotUsers().toArray()).toHaveLength(23);
    const limited = await startMercury({ rateLimit: { requests: 1, perSeconds: 60 } });
    const { client: once } = clientOn(limited, { projectId: PROJECT });
    const error = await once
      .listBotUsers({ limit: 5 })
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, providerMessage: "Too many requests" });
  });
});
