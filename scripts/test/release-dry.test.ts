import { describe, expect, it } from "vitest";
import { publishablePackages } from "../lint-packages.ts";
import { entryPointsOf } from "../release-dry/consumer.ts";
import { releaseDry } from "../release-dry.ts";

describe("entryPointsOf", () => {
  it("names the factory of a provider missing from the table after its package", () => {
    expect(entryPointsOf("@clientele/acme-crm")).toEqual({ createAcmeCrmClient: "client-factory" });
  });
});

// Publishes the built packages (the test command builds before it tests) to a throwaway registry on
// 127.0.0.1 and installs them into a fresh project: about 20 s; third-party packages come from npm.
describe("releaseDry", () => {
  it("publishes every package to a local registry and consumes it from TypeScript, ESM and CommonJS", async () => {
    const lines: string[] = [];
    const report = await releaseDry({ build: false, log: (line) => lines.push(line) });

    const names = publishablePackages().map((pkg) => pkg.name);
    expect(report.published).toEqual(names);
    for (const name of names) {
      const exports = Object.keys(entryPointsOf(name)).join(", ");
      expect(lines).toContain(`    esm ${name}: ${exports}`);
      expect(lines).toContain(`    cjs ${name}: ${exports}`);
    }
  }, 300_000);
});
