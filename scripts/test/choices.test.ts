import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { emitClient } from "../generate/client.ts";
import { buildMetadata } from "../generate/metadata.ts";
import { checkChoices } from "../lib/choices.ts";
import { checkExtensions } from "../lib/extensions.ts";
import { listProviders, specPath } from "../lib/providers.ts";

const spec = (provider: string) => parse(readFileSync(specPath(provider), "utf8"));
const AT = "/x-client-choices";

describe("x-client-choices", () => {
  it.each(listProviders())("names only servers and alternatives the %s spec has", (provider) => {
    expect(checkChoices(spec(provider))).toEqual([]);
  });

  const broken: [string, (doc: any) => void, string, string][] = [
    [
      "a value naming no server",
      (d) => (d["x-client-choices"].region.server.ap = "AP"),
      `${AT}/region/server/ap`,
      'names no server: no server\'s description is "AP"',
    ],
    [
      "a value naming no security alternative",
      (d) => (d["x-client-choices"].sendKeyAs.security.both = ["bearerAuth", "apiKeyHeader"]),
      `${AT}/sendKeyAs/security/both`,
      'names no alternative of the root\'s security: ["bearerAuth","apiKeyHeader"]',
    ],
    [
      "a default that is not a value",
      (d) => (d["x-client-choices"].region.default = "US"),
      `${AT}/region/default`,
      'must be one of "us", "eu"',
    ],
  ];

  it.each(broken)("refuses %s at its JSON pointer", (_, mutate, pointer, message) => {
    const doc = spec("isnotai");
    mutate(doc);
    expect(checkChoices(doc)).toEqual([{ pointer, message }]);
  });

  it("refuses, through the extension schema, an option picking both or neither", () => {
    const doc = spec("isnotai");
    doc["x-client-choices"].region.security = { us: ["bearerAuth"] };
    delete doc["x-client-choices"].sendKeyAs.security;
    const pointers = checkExtensions(doc).map((p) => p.pointer);
    expect(pointers).toContain(`${AT}/region`);
    expect(pointers).toContain(`${AT}/sendKeyAs`);
  });

  it("puts what core reads into the metadata, and no prose", () => {
    expect(buildMetadata("isnotai", spec("isnotai")).metadata.choices).toEqual({
      region: { default: "us", server: { eu: "EU", us: "US" } },
      sendKeyAs: { default: "bearer", security: { bearer: ["bearerAuth"], "x-api-key": ["apiKeyHeader"] } },
    });
  });

  it("types each option as the union of its values, exported under its name when it has one", () => {
    const client = emitClient("", "isnotai", spec("isnotai"));
    expect(client).toContain('export type IsNotAiRegion = "us" | "eu";');
    expect(client).toContain("`us` is `https://api.isnotai.com`, `eu` is `https://api-eu.isnotai.com`.");
    expect(client).toContain("  region?: IsNotAiRegion;\n");
    expect(client).toContain('  sendKeyAs?: "bearer" | "x-api-key";\n');
    expect(client).toContain('   * @default "us"\n');
  });
});
