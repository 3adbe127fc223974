import { mkdtempSync, readFileSync, rmSync, cpSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { renderProvider } from "../generate.ts";
import { renderExtensionsReadme } from "../generate/extensions-readme.ts";
import { checkExtensions } from "../lib/extensions.ts";
import { ROOT, listProviders, specPath } from "../lib/providers.ts";

const tmp = mkdtempSync(join(tmpdir(), "clientele-extensions-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const spec = (provider: string) => parse(readFileSync(specPath(provider), "utf8"));
const USERS = "/paths/~1users/get";

describe("the extension schema", () => {
  it.each(listProviders())("accepts every extension of the %s spec", (provider) => {
    expect(checkExtensions(spec(provider))).toEqual([]);
  });

  const broken: [string, (doc: any) => void, string, RegExp][] = [
    [
      "an unknown style",
      (d) => (d.paths["/users"].get["x-pagination"].style = "pages"),
      `${USERS}/x-pagination/style`,
      /one of "cursor"/,
    ],
    [
      "no items pointer",
      (d) => delete d.paths["/users"].get["x-pagination"].items,
      `${USERS}/x-pagination`,
      /items/,
    ],
    [
      "a misspelled field",
      (d) => (d.paths["/users"].get["x-pagination"].pageParm = "page"),
      `${USERS}/x-pagination`,
      /unknown field "pageParm"/,
    ],
    [
      "a style without its fields",
      (d) => delete d.paths["/users"].get["x-pagination"].pageParam,
      `${USERS}/x-pagination`,
      /pageParam/,
    ],
    [
      "a pointer without its slash",
      (d) => (d.paths["/users"].get["x-pagination"].items = "users"),
      `${USERS}/x-pagination/items`,
      /pattern|anyOf/,
    ],
    [
      "an unknown extension",
      (d) => (d.paths["/users"].get["x-paginate"] = {}),
      `${USERS}/x-paginate`,
      /unknown extension/,
    ],
    [
      "an extension out of place",
      (d) => (d["x-idempotent"] = true),
      "/x-idempotent",
      /belongs on operation, not on root/,
    ],
    ["no x-errors", (d) => delete d["x-errors"], "", /must have x-errors/],
    [
      "an absurd budget",
      (d) => (d["x-rate-limit"] = { requests: 0, perSeconds: 60 }),
      "/x-rate-limit/requests",
      /must be >= 1/,
    ],
  ];

  it.each(broken)("refuses %s at its JSON pointer", (_, mutate, pointer, message) => {
    const doc = spec("sparkwise");
    mutate(doc);
    const problems = checkExtensions(doc);
    expect(
      problems.some((p) => p.pointer === pointer && message.test(p.message)),
      JSON.stringify(problems),
    ).toBe(true);
  });

  it("makes generate fail naming the spec file and the pointer", async () => {
    cpSync(join(ROOT, "specs"), join(tmp, "specs"), { recursive: true });
    const file = join(tmp, "specs", "sparkwise", "openapi.yaml");
    const doc = parse(readFileSync(file, "utf8"));
    doc.paths["/users"].get["x-pagination"].style = "pages";
    writeFileSync(file, stringify(doc));
    await expect(renderProvider("sparkwise", tmp)).rejects.toThrow(
      `specs/sparkwise/openapi.yaml#${USERS}/x-pagination/style: must be one of`,
    );
  });

  it("renders the table in specs/README.md as committed", async () => {
    const readme = readFileSync(join(ROOT, "specs", "README.md"), "utf8");
    expect(await renderExtensionsReadme(readme)).toBe(readme);
    expect(readme).toContain("| `x-pagination`");
  });
});
