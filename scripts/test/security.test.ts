import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { renderProvider } from "../generate.ts";
import { checkSecurity } from "../lib/security.ts";
import { ROOT, listProviders, specPath } from "../lib/providers.ts";

const tmp = mkdtempSync(join(tmpdir(), "clientele-security-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const spec = (provider: string) => parse(readFileSync(specPath(provider), "utf8"));
const SCHEME = "/components/securitySchemes/ServerApiKey";
const CORE_SENDS = 'core sends an http scheme "bearer" or an apiKey scheme in: header';

describe("the security schemes a spec requires", () => {
  it.each(listProviders())("are all ones core can send in the %s spec", (provider) => {
    expect(checkSecurity(spec(provider))).toEqual([]);
  });

  const unsendable: [string, (doc: any) => void, string, string][] = [
    [
      "an apiKey in the query",
      (d) => (d.components.securitySchemes.ServerApiKey.in = "query"),
      SCHEME,
      `an apiKey scheme in: query (named in /security/0) is not a scheme core can send: ${CORE_SENDS}`,
    ],
    [
      "an apiKey in a cookie",
      (d) => (d.components.securitySchemes.ServerApiKey.in = "cookie"),
      SCHEME,
      "an apiKey scheme in: cookie (named in /security/0)",
    ],
    [
      "http basic",
      (d) => (d.components.securitySchemes.ServerApiKey = { type: "http", scheme: "basic" }),
      SCHEME,
      'an http scheme "basic" (named in /security/0)',
    ],
    [
      "OAuth 2",
      (d) => (d.components.securitySchemes.ServerApiKey = { type: "oauth2", flows: {} }),
      SCHEME,
      "an oauth2 scheme (named in /security/0)",
    ],
    [
      "a scheme only an operation names",
      (d) => {
        d.components.securitySchemes.query = { type: "apiKey", in: "query", name: "key" };
        d.paths["/users"].get.security = [{ ServerApiKey: [] }, { query: [] }];
      },
      "/components/securitySchemes/query",
      "an apiKey scheme in: query (named in /paths/~1users/get/security/1)",
    ],
    [
      "a scheme named in several places",
      (d) => {
        d.components.securitySchemes.ServerApiKey.in = "query";
        d.paths["/users"].get.security = [{ ServerApiKey: [] }];
      },
      SCHEME,
      "(named in /security/0 and 1 more)",
    ],
    [
      "a scheme no component defines",
      (d) => (d.security = [{ Missing: [] }]),
      "/security/0/Missing",
      "names the scheme Missing, which components/securitySchemes does not define",
    ],
  ];

  it.each(unsendable)("refuses %s at the scheme's JSON pointer", (_, mutate, pointer, message) => {
    const doc = spec("sparkwise");
    mutate(doc);
    const problems = checkSecurity(doc);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.pointer).toBe(pointer);
    expect(problems[0]!.message).toContain(message);
  });

  it("lets an unsendable scheme stand where no security requirement names it", () => {
    const doc = spec("sparkwise");
    doc.components.securitySchemes.unused = { type: "apiKey", in: "query", name: "key" };
    expect(checkSecurity(doc)).toEqual([]);
  });

  it("makes generate fail naming the spec file, the scheme's pointer and what core sends", async () => {
    cpSync(join(ROOT, "specs"), join(tmp, "specs"), { recursive: true });
    const file = join(tmp, "specs", "sparkwise", "openapi.yaml");
    const doc = parse(readFileSync(file, "utf8"));
    doc.components.securitySchemes.ServerApiKey.in = "query";
    writeFileSync(file, stringify(doc));
    await expect(renderProvider("sparkwise", tmp)).rejects.toThrow(
      `specs/sparkwise/openapi.yaml names a security scheme core cannot send:\nspecs/sparkwise/openapi.yaml#${SCHEME}: an apiKey scheme in: query (named in /security/0) is not a scheme core can send: ${CORE_SENDS}`,
    );
  });
});
