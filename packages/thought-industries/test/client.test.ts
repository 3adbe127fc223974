import { describe, expect, it } from "vitest";
import { ValidationError, createThoughtIndustriesClient } from "../src/index.js";
import { recordingFetch } from "./fixtures.js";

const KEY = "ti_live_abcdef123456";

describe("createThoughtIndustriesClient", () => {
  it("builds https://<tenant>.thoughtindustries.com/incoming/v2 and sends the key as a bearer token", async () => {
    const { fetch, requests } = recordingFetch();
    const client = createThoughtIndustriesClient({ tenant: "acme", apiKey: KEY, fetch });
    expect(client.baseUrl).toBe("https://acme.thoughtindustries.com/incoming/v2");
    await client.GET("/ping");
    await client.GET("/users", { params: { query: { role: "admin", page: 2 } } });
    expect(requests).toEqual([
      {
        method: "GET",
        url: "https://acme.thoughtindustries.com/incoming/v2/ping",
        authorization: `Bearer ${KEY}`,
      },
      {
        method: "GET",
        url: "https://acme.thoughtindustries.com/incoming/v2/users?role=admin&page=2",
        authorization: `Bearer ${KEY}`,
      },
    ]);
  });

  it("takes a vanity domain as baseUrl (trailing slash dropped)", async () => {
    const { fetch, requests } = recordingFetch();
    const client = createThoughtIndustriesClient({
      baseUrl: "https://university.example.com/incoming/v2/",
      apiKey: KEY,
      fetch,
    });
    await client.GET("/ping");
    expect(requests[0]!.url).toBe("https://university.example.com/incoming/v2/ping");
  });

  it("refuses to start without a tenant or a baseUrl, naming the field", () => {
    const attempt = () => createThoughtIndustriesClient({ apiKey: KEY });
    expect(attempt).toThrow(ValidationError);
    expect(attempt).toThrow("createThoughtIndustriesClient: missing tenant (or baseUrl)");
    expect(() => createThoughtIndustriesClient({ apiKey: KEY })).toThrow(
      expect.objectContaining({ field: "tenant", rule: "required" }),
    );
  });

  it.each(["acme.thoughtindustries.com", "https://acme.thoughtindustries.com", "evil.example/x", "-acme"])(
    "refuses the tenant %j: a subdomain only",
    (tenant) => {
      expect(() => createThoughtIndustriesClient({ tenant, apiKey: KEY })).toThrow(
        expect.objectContaining({ field: "tenant", rule: "pattern" }),
      );
    },
  );

  it.each(["", "  "])("refuses the tenant %j as missing", (tenant) => {
    expect(() => createThoughtIndustriesClient({ tenant, apiKey: KEY })).toThrow(
      expect.objectContaining({ field: "tenant", rule: "required" }),
    );
  });

  it.each([undefined, "", "   "])("refuses a missing apiKey (%j)", (apiKey) => {
    expect(() => createThoughtIndustriesClient({ tenant: "acme", apiKey: apiKey as string })).toThrow(
      expect.objectContaining({ field: "apiKey", rule: "required" }),
    );
  });

  it("refuses to send the key over plain http to another host", () => {
    expect(() =>
      createThoughtIndustriesClient({ baseUrl: "http://lms.example.com/incoming/v2", apiKey: KEY }),
    ).toThrow(ValidationError);
  });

  it("never puts the key in an error", async () => {
    const { fetch } = recordingFetch({ errors: [{ message: `bad key ${KEY}` }] }, 403);
    const client = createThoughtIndustriesClient({ tenant: "acme", apiKey: KEY, fetch, retry: false });
    const error = await client.getUser("ana@example.com").catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403 });
    expect(JSON.stringify(error)).not.toContain(KEY);
    expect(String((error as Error).stack)).not.toContain(KEY);
  });
});
