import { describe, expect, it } from "vitest";
import { ValidationError, createMetacomClient } from "../src/index.js";
import { stubFetch } from "./fake.js";

const valid = { token: "mc_lt_3f9c2a7e1b", environmentId: "acme_prod", domain: "acme.metacom.example" };

/** The ValidationError `create` throws (or fails the test). */
function refusal(create: () => unknown): ValidationError {
  try {
    create();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error("no ValidationError");
}

describe("createMetacomClient options", () => {
  it.each([
    ["token", { ...valid, token: undefined }, "missing token"],
    ["token", { ...valid, token: "  " }, "missing token"],
    ["environmentId", { ...valid, environmentId: "" }, "missing environmentId"],
    ["domain", { ...valid, domain: undefined }, "missing domain (or baseUrl)"],
  ])("names a missing %s", (field, options, message) => {
    const error = refusal(() => createMetacomClient(options as never));
    expect(error).toMatchObject({ field, rule: "required" });
    expect(error.message).toBe(`createMetacomClient: ${message}`);
  });

  it("names every missing option in the message, the first as `field`", () => {
    const error = refusal(() => createMetacomClient(undefined as never));
    expect(error.message).toBe("createMetacomClient: missing token, environmentId and domain (or baseUrl)");
    expect(error.field).toBe("token");
    const two = refusal(() => createMetacomClient({ token: "t0k3n_abc" } as never));
    expect(two.message).toBe("createMetacomClient: missing environmentId and domain (or baseUrl)");
  });

  it.each([
    ["token", { ...valid, token: "mc_lt_abc\r\nx-evil: 1" }],
    ["environmentId", { ...valid, environmentId: "acme prod" }],
    ["domain", { ...valid, domain: "https://acme.metacom.example" }],
    ["domain", { ...valid, domain: "acme.metacom.example/api/v2" }],
  ])("refuses a %s that cannot work, without quoting it", (field, options) => {
    const error = refusal(() => createMetacomClient(options));
    expect(error).toMatchObject({ field, rule: "pattern" });
    expect(error.message).not.toContain("mc_lt_abc");
    expect(error.message).not.toContain("acme prod");
  });

  it("builds https://<domain>/api/v2 and sends nothing while refusing", async () => {
    const { fetch, requests } = stubFetch();
    const client = createMetacomClient({ ...valid, fetch });
    expect(client.baseUrl).toBe("https://acme.metacom.example/api/v2");
    await client.GET("/users", { params: { query: { limit: 5 } } });
    await client.GET("/users/{userId}", { params: { path: { userId: "1YNEXKYkPnqk52Fzf" } } });
    await client.POST("/auth/reset-2FA", { body: { userId: "x" } });
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "GET https://acme.metacom.example/api/v2/users?limit=5",
      "GET https://acme.metacom.example/api/v2/users/1YNEXKYkPnqk52Fzf",
      "POST https://acme.metacom.example/api/v2/auth/reset-2FA",
    ]);
    refusal(() => createMetacomClient({ ...valid, token: "", fetch }));
    expect(requests).toHaveLength(3);
  });

  it("keeps a port in the domain, and lets baseUrl win over domain", () => {
    expect(createMetacomClient({ ...valid, domain: "acme.example:8443" }).baseUrl).toBe(
      "https://acme.example:8443/api/v2",
    );
    const { domain: _, ...withoutDomain } = valid;
    const client = createMetacomClient({
      ...withoutDomain,
      baseUrl: "https://proxy.example/metacom/api/v2/",
    });
    expect(client.baseUrl).toBe("https://proxy.example/metacom/api/v2");
  });
});
