import { describe, expect, it } from "vitest";
import { ValidationError, createIsNotAiClient, type IsNotAiClientOptions } from "../src/index";
import { clientOf, recordingFetch, startFake } from "./fixtures";

const KEY = `aik_v1_${"k".repeat(40)}`;

function refusal(options: IsNotAiClientOptions): ValidationError {
  try {
    createIsNotAiClient(options);
  } catch (error) {
    return error as ValidationError;
  }
  throw new Error("createIsNotAiClient accepted the options");
}

describe("createIsNotAiClient", () => {
  it("routes to the US host by default and to the EU host with region: eu", async () => {
    const stub = recordingFetch();
    await createIsNotAiClient({ apiKey: KEY, fetch: stub.fetch }).GET("/v1/stats");
    await createIsNotAiClient({ apiKey: KEY, region: "us", fetch: stub.fetch }).GET("/v1/stats");
    await createIsNotAiClient({ apiKey: KEY, region: "eu", fetch: stub.fetch }).GET("/v1/stats");
    expect(stub.requests.map((r) => r.url)).toEqual([
      "https://api.isnotai.com/v1/stats",
      "https://api.isnotai.com/v1/stats",
      "https://api-eu.isnotai.com/v1/stats",
    ]);
  });

  it("sends to baseUrl when given, whatever the region", async () => {
    const stub = recordingFetch();
    const client = createIsNotAiClient({
      apiKey: KEY,
      region: "eu",
      baseUrl: "https://proxy.example/isnotai/",
      fetch: stub.fetch,
    });
    await client.GET("/v1/stats");
    expect(client.baseUrl).toBe("https://proxy.example/isnotai");
    expect(stub.requests[0]!.url).toBe("https://proxy.example/isnotai/v1/stats");
  });

  it("sends the key as Bearer by default, and only as x-api-key with sendKeyAs", async () => {
    const stub = recordingFetch();
    await createIsNotAiClient({ apiKey: KEY, fetch: stub.fetch }).GET("/v1/stats");
    await createIsNotAiClient({ apiKey: KEY, sendKeyAs: "x-api-key", fetch: stub.fetch }).GET("/v1/stats");
    const [bearer, header] = stub.requests.map((r) => [
      r.headers.get("authorization"),
      r.headers.get("x-api-key"),
    ]);
    expect(bearer).toEqual([`Bearer ${KEY}`, null]);
    expect(header).toEqual([null, KEY]);
  });

  it("is accepted by the fake with either way of sending the key", async () => {
    const server = await startFake();
    for (const sendKeyAs of ["bearer", "x-api-key"] as const) {
      const { response } = await clientOf(server, "enterprise", { sendKeyAs }).GET("/v1/integration");
      expect([response.status, response.headers.get("x-isnotai-tier")]).toEqual([200, "enterprise"]);
    }
    expect(
      server.requests.map((r) => Object.keys(r.headers).filter((h) => /authorization|x-api-key/.test(h))),
    ).toEqual([["authorization"], ["x-api-key"]]);
  });

  it.each([
    ["a key of another provider", "sk_live_0123456789abcdef", "pattern"],
    ["an empty key", "", "required"],
    ["the prefix alone", "aik_v1_", "pattern"],
    ["a key with a space", "aik_v1_abc def", "pattern"],
    ["a key with a trailing newline", `${KEY}\n`, "pattern"],
    ["no key at all", undefined, "required"],
  ])("refuses %s with a ValidationError naming apiKey, and never quotes the key", (_, apiKey, rule) => {
    const error = refusal({ apiKey: apiKey as string });
    expect(error).toBeInstanceOf(ValidationError);
    expect([error.field, error.rule]).toEqual(["apiKey", rule]);
    // The bare prefix is quoted by the message itself; anything longer must never appear.
    if (apiKey && apiKey.trim() !== "aik_v1_")
      expect(`${error.message}${error.stack}${JSON.stringify(error)}`).not.toContain(apiKey.trim());
  });

  it("refuses an unknown region or sendKeyAs before anything is sent", () => {
    const stub = recordingFetch();
    const region = refusal({ apiKey: KEY, region: "ap" as "us", fetch: stub.fetch });
    const sendKeyAs = refusal({ apiKey: KEY, sendKeyAs: "query" as "bearer", fetch: stub.fetch });
    expect([region.field, region.rule, sendKeyAs.field, sendKeyAs.rule]).toEqual([
      "region",
      "enum",
      "sendKeyAs",
      "enum",
    ]);
    expect([region, sendKeyAs].every((e) => e instanceof ValidationError)).toBe(true);
    expect(region.message).toBe('createIsNotAiClient: region must be "eu" or "us"');
    expect(sendKeyAs.message).toBe('createIsNotAiClient: sendKeyAs must be "bearer" or "x-api-key"');
    expect(stub.requests).toHaveLength(0);
  });
});
