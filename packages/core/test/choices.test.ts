import { describe, expect, it } from "vitest";
import { type ProviderMetadata, ValidationError, chooseOptions, createProviderClient } from "../src/index.js";

const chosen: ProviderMetadata = {
  name: "acme",
  factory: "createAcmeClient",
  security: [["bearerAuth"], ["keyHeader"]],
  servers: [
    { url: "https://api.acme.test", description: "US" },
    { url: "https://eu.acme.test", description: "EU" },
  ],
  securitySchemes: {
    bearerAuth: { type: "http", scheme: "bearer", credential: { option: "token" } },
    keyHeader: { type: "apiKey", in: "header", name: "x-key" },
  },
  errors: {},
  operations: { "GET /ping": { id: "ping" } },
  choices: {
    region: { default: "us", server: { us: "US", eu: "EU" } },
    sendAs: { default: "bearer", security: { bearer: ["bearerAuth"], header: ["keyHeader"] } },
  },
};

describe("chooseOptions (x-client-choices)", () => {
  const send = async (options: Record<string, unknown>) => {
    const requests: Request[] = [];
    const fetch = async (request: Request) => (requests.push(request), Response.json({}));
    await createProviderClient<any>(chosen, ...chooseOptions(chosen, { ...options, fetch } as never)).GET(
      "/ping",
      {},
    );
    return requests[0]!;
  };

  it("uses each choice's default without the option, and the server and alternative a value maps to", async () => {
    const byDefault = await send({ token: "tok_a" });
    expect(byDefault.url).toBe("https://api.acme.test/ping");
    expect(byDefault.headers.get("authorization")).toBe("Bearer tok_a");
    const picked = await send({ apiKey: "k-1", region: "eu", sendAs: "header" });
    expect(picked.url).toBe("https://eu.acme.test/ping");
    expect([picked.headers.get("x-key"), picked.headers.get("authorization")]).toEqual(["k-1", null]);
  });

  it("returns the other options with the server picked, and the alternative of the value or the default", () => {
    const [options, requirement] = chooseOptions(chosen, { token: "t", region: "eu", retry: 1 } as never);
    expect(options).toEqual({ token: "t", server: "EU", retry: 1 });
    expect(requirement).toEqual(["bearerAuth"]);
    expect(chooseOptions(chosen, { region: null } as never)[0]).toEqual({ server: "US" });
    expect(chooseOptions(chosen, { sendAs: "header" } as never)[1]).toEqual(["keyHeader"]);
  });

  it("lets baseUrl replace the server a choice picks", async () => {
    const request = await send({
      token: "tok_a",
      region: "eu",
      baseUrl: "https://proxy.test",
    });
    expect(request.url).toBe("https://proxy.test/ping");
  });

  it.each([
    ["region", "ap", 'createAcmeClient: region must be "us" or "eu"'],
    ["region", 1, 'createAcmeClient: region must be "us" or "eu"'],
    ["sendAs", "query", 'createAcmeClient: sendAs must be "bearer" or "header"'],
    ["sendAs", "constructor", 'createAcmeClient: sendAs must be "bearer" or "header"'],
  ])(
    "refuses %s %j before any other option, listing the values and quoting nothing",
    (field, value, message) => {
      let error: unknown;
      try {
        chooseOptions(chosen, { [field]: value } as never);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ field, rule: "enum", message });
    },
  );
});
