import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyRepository } from "../copy-repository.ts";
import { ROOT } from "../lib/providers.ts";
import { invalidName, packageManifest, providerNames } from "../new-provider.ts";
import { run } from "../release-dry/run.ts";
import { createSpecValidator } from "../spec-validator.ts";

describe("invalidName", () => {
  it.each([
    ["", /Give the provider's name/],
    ["Acme", /not kebab-case/],
    ["acme_crm", /not kebab-case/],
    ["acme-", /not kebab-case/],
    ["9acme", /not kebab-case/],
    ["core", /already exists \(packages\/core\)/],
  ])("refuses %j", (name, message) => {
    expect(invalidName(name)).toMatch(message);
  });

  it("accepts a new kebab-case name", () => {
    expect(invalidName("acme-crm-2")).toBeUndefined();
  });
});

describe("packageManifest", () => {
  it("copies core's packaging shape under the provider's name", () => {
    const core = JSON.parse(readFileSync(join(ROOT, "packages", "core", "package.json"), "utf8"));
    const manifest = packageManifest(providerNames("acme-crm"));

    expect(manifest).toMatchObject({
      name: "@clientele/acme-crm",
      dependencies: { "@clientele/core": "workspace:^" },
      exports: core.exports,
      files: core.files,
      publishConfig: core.publishConfig,
      sideEffects: false,
      engines: core.engines,
      peerDependencies: core.peerDependencies,
      peerDependenciesMeta: core.peerDependenciesMeta,
      keywords: expect.arrayContaining(["acme-crm"]),
      homepage: core.homepage.replace("packages/core", "packages/acme-crm"),
      bugs: core.bugs,
      repository: { ...core.repository, directory: "packages/acme-crm" },
    });
    expect(Object.keys(manifest).slice(0, 8)).toEqual(Object.keys(core).slice(0, 8));
  });
});

describe("pnpm new-provider", () => {
  let copy: string;
  // Every pnpm command in the copy reuses the store the repository was installed from.
  const env = {
    ...process.env,
    FORCE_COLOR: "0",
    NO_COLOR: "1",
    npm_config_prefer_offline: "true",
    npm_config_store_dir: execFileSync("pnpm", ["store", "path"], { cwd: ROOT }).toString().trim(),
  };
  const pnpm = (args: string[]) => run("pnpm", args, { cwd: copy, env, timeoutMs: 300_000 });

  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), "clientele-new-provider-"));
    copyRepository(copy);
    await pnpm(["install", "--no-frozen-lockfile"]);
  }, 300_000);
  // The copy holds a full node_modules: removing it takes a while on a busy machine.
  afterAll(() => rm(copy, { recursive: true, force: true }), 60_000);

  it("refuses an invalid name and writes nothing", async () => {
    await expect(pnpm(["new-provider", "Acme"])).rejects.toThrow(/"Acme" is not kebab-case/);
    expect(existsSync(join(copy, "specs", "Acme"))).toBe(false);
  });

  it("scaffolds a provider whose spec lints, and that generates, builds and passes its tests", async () => {
    await pnpm(["new-provider", "acme"]);
    for (const file of [
      "specs/acme/examples/listItems.200.json",
      "packages/acme/src/generated/metadata.ts",
      "packages/acme/src/generated/client.ts",
      "packages/acme/LICENSE",
      "packages/acme/CHANGELOG.md",
      ".changeset/acme-initial.md",
    ]) {
      expect(existsSync(join(copy, file)), file).toBe(true);
    }

    // nothing hand-written but the entry's two re-exports: the factory is generated from the spec
    const entry = readFileSync(join(copy, "packages", "acme", "src", "index.ts"), "utf8");
    expect(entry.split("\n").filter((line) => line && !line.startsWith("//"))).toEqual([
      'export * from "./generated/exports.js";',
      'export { createAcmeClient } from "./generated/client.js";',
      'export type { AcmeClient, AcmeClientOptions } from "./generated/client.js";',
    ]);
    await pnpm(["exec", "redocly", "lint", "--config", "redocly.yaml", "specs/acme/openapi.yaml"]);
    const validator = createSpecValidator(join(copy, "specs", "acme", "openapi.yaml"));
    const example = JSON.parse(
      readFileSync(join(copy, "specs", "acme", "examples", "listItems.200.json"), "utf8"),
    );
    expect(validator.response("listItems", 200, example)).toBeNull();
    await pnpm(["exec", "prettier", "--check", "specs/acme", "packages/acme"]);
    await pnpm(["generate"]);
    await pnpm(["--filter", "@clientele/acme...", "build"]);
    await pnpm(["--filter", "@clientele/acme", "typecheck"]);
    const output = await pnpm(["--filter", "@clientele/acme", "test"]);
    expect(output).toMatch(/Tests\s+2 passed/);
  }, 600_000);
});
