import { describe, expect, it } from "vitest";
import { assertSecure, resolveBaseUrl, safeForCredentials } from "../src/client/server-url.js";
import { meta } from "./fixtures.js";

describe("resolveBaseUrl", () => {
  it("takes baseUrl, else the first server, else the one whose description is given", () => {
    expect(resolveBaseUrl(meta, "https://proxy.test/api/")).toBe("https://proxy.test/api");
    expect(resolveBaseUrl(meta)).toBe("https://api.example.test/v1");
    expect(resolveBaseUrl(meta, undefined, "eu")).toBe("https://eu.example.test/v1");
    expect(() => resolveBaseUrl(meta, undefined, "mars")).toThrow(
      expect.objectContaining({ field: "server", rule: "enum" }),
    );
  });

  it("fills server variables, refusing values that are not a host-name part", () => {
    expect(resolveBaseUrl(meta, undefined, "EU", { region: "ap" })).toBe("https://ap.example.test/v1");
    for (const region of [
      "evil.test/x",
      "a@b",
      "a b",
      "a?b",
      "#",
      "",
      "attacker.example\\",
      "a\\b",
      "a%2fb",
      "a:b",
    ])
      expect(() => resolveBaseUrl(meta, undefined, "EU", { region })).toThrow(
        expect.objectContaining({ field: "region" }),
      );
  });
});

describe("safeForCredentials / assertSecure", () => {
  it.each([
    ["https://api.test", true],
    ["http://localhost:3000", true],
    ["http://api.localhost", true],
    ["http://127.0.0.1:8080", true],
    ["http://127.9.9.9", true],
    ["http://[::1]:8080", true],
    ["http://api.test", false],
    ["http://10.0.0.1", false],
    ["http://localhost.evil.test", false],
    ["ftp://api.test", false],
  ])("%s → %s", (url, safe) => {
    expect(safeForCredentials(url)).toBe(safe);
  });

  it("refuses credentials over plain http with a clear error, unless the caller opts in", () => {
    expect(() => assertSecure("http://api.test/v1?key=x")).toThrow(
      expect.objectContaining({
        name: "ValidationError",
        field: "baseUrl",
        rule: "https",
        message: expect.stringMatching(/http:\/\/api\.test without https; pass allowInsecureHttp/),
      }),
    );
    expect(() => assertSecure("http://api.test/v1", true)).not.toThrow();
  });
});
