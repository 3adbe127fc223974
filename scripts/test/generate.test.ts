import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { generate, renderProvider } from "../generate.ts";
import * as core from "../../packages/core/src/index.ts";
import { emitMetadata, styleExport } from "../generate/emit.ts";
import { buildMetadata } from "../generate/metadata.ts";
import { ROOT, listProviders } from "../lib/providers.ts";

const tmp = mkdtempSync(join(tmpdir(), "clientele-generate-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("generate", () => {
  it("is deterministic: rendering twice gives the same files", async () => {
    const [provider] = listProviders();
    const first = await renderProvider(provider!);
    const second = await renderProvider(provider!);
    expect([...second]).toEqual([...first]);
  });

  it("committed output matches the specs", async () => {
    expect(await generate({ check: true })).toEqual([]);
  });

  it("names the stale files of a provider whose spec changed, and only those", async () => {
    cpSync(join(ROOT, "specs"), join(tmp, "specs"), { recursive: true });
    cpSync(join(ROOT, ".prettierrc.json"), join(tmp, ".prettierrc.json"));
    for (const p of listProviders()) {
      cpSync(join(ROOT, "packages", p, "src", "generated"), join(tmp, "packages", p, "src", "generated"), {
        recursive: true,
      });
    }
    const spec = join(tmp, "specs", "sparkwise", "openapi.yaml");
    const doc = parse(readFileSync(spec, "utf8"));
    doc.paths["/users"].get.description += " (edited)";
    writeFileSync(spec, stringify(doc));
    expect(await generate({ check: true, root: tmp })).toEqual([
      "packages/sparkwise/src/generated/openapi.ts",
    ]);
    await generate({ root: tmp });
    expect(await generate({ check: true, root: tmp })).toEqual([]);
  });
});

describe("buildMetadata", () => {
  const doc = {
    openapi: "3.1.0",
    servers: [{ url: "https://{tenant}.example.test", variables: { tenant: { default: "demo" } } }],
    components: {
      securitySchemes: { key: { type: "apiKey", in: "header", name: "x-key" } },
      parameters: {
        Size: { name: "size", in: "query", schema: { type: "integer", minimum: 1, maximum: 50 } },
      },
      schemas: {
        Item: { type: "object" },
        List: {
          type: "object",
          properties: { data: { type: "array", items: { $ref: "#/components/schemas/Item" } } },
        },
      },
    },
    "x-errors": { code: "/error/code" },
    paths: {
      "/items": {
        get: {
          operationId: "listItems",
          parameters: [
            { $ref: "#/components/parameters/Size" },
            {
              name: "ids",
              in: "query",
              explode: false,
              schema: { type: "array", items: { type: "string" } },
            },
          ],
          "x-pagination": { style: "cursor", items: "/data", cursorParam: "c", nextCursor: "/next" },
          responses: {
            "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/List" } } } },
          },
        },
      },
      "/health": { get: { operationId: "health", security: [], responses: {} } },
      "/items/{id}": {
        put: {
          operationId: "putItem",
          "x-idempotent": true,
          parameters: [{ name: "id", in: "path", schema: { type: "string" } }],
          responses: {},
        },
      },
    },
  };

  it("reads servers, schemes, errors and each operation's extensions and parameter rules", () => {
    const { metadata, pageItems } = buildMetadata("demo", doc);
    expect(metadata.servers).toEqual([
      { url: "https://{tenant}.example.test", variables: { tenant: { default: "demo" } } },
    ]);
    expect(metadata.securitySchemes).toEqual({ key: { in: "header", name: "x-key", type: "apiKey" } });
    expect(metadata.errors).toEqual({ code: "/error/code" });
    expect(metadata.operations["GET /items"].params.query).toEqual({
      ids: { explode: false, items: { type: "string" }, type: "array" },
      size: { maximum: 50, minimum: 1, type: "integer" },
    });
    expect(metadata.operations["GET /items"].pagination.style).toBe("cursor");
    expect(metadata.operations["GET /health"].auth).toBe(false);
    expect(metadata.operations["PUT /items/{id}"]).toMatchObject({
      idempotent: true,
      params: { path: { id: { required: true } } },
    });
    expect(pageItems).toEqual({ "/items": 'components["schemas"]["Item"]' });
  });

  it("lists the pagination styles the operations use, and the metadata links core's implementation of each", () => {
    const built = buildMetadata("demo", doc);
    expect(built.styles).toEqual(["cursor"]);
    const code = emitMetadata("demo", built);
    expect(code).toContain('import { type ProviderMetadata, cursorPagination } from "@clientele/core";');
    expect(code).toContain(
      '  "pageStyles": {\n    "cursor": cursorPagination\n  }\n} as const satisfies ProviderMetadata;',
    );
    expect(code).toContain(
      `export const metadata = ${JSON.stringify(built.metadata, null, 2).slice(0, -2)},`,
    );
    // every style a spec may declare has an implementation under the name the metadata imports
    const styles = ["cursor", "page", "offset", "keyset", "next-query", "link", "window"];
    expect(styles.map((style) => typeof (core as Record<string, unknown>)[styleExport(style)])).toEqual(
      styles.map(() => "function"),
    );
  });
});
