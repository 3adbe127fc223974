import { describe, expect, it } from "vitest";
import { publishablePackages } from "../lint-packages.ts";
import { entryPointsOf } from "../release-dry/consumer.ts";
import { releaseDry } from "../release-dry.ts";

describe("entryPointsOf", () => {
  it("names the factory of a provider missing from the table after its package", () => {
    expect(entryPointsOf("@clientele/acme-crm")).toEqual({ createAcmeCrmClient: "client-factory" });
  });
});

// Runs `pnpm release` and `pnpm release:snapshot` in a copy of the repository against a throwaway
// registry on 127.0.0.1, and installs what they published into a new project (third-party packages
// come from npm). A few minutes: the copy is installed and built twice.
describe("releaseDry", () => {
  it("releases every package through the release script, then a snapshot, and consumes both", async () => {
    const lines: string[] = [];
    const report = await releaseDry({ log: (line) => lines.push(line) });

    const names = publishablePackages().map((pkg) => pkg.name);
    expect(report.published.map((p) => p.replace(/@[^@]+$/, "")).sort()).toEqual([...names].sort());
    expect(report.tags.sort()).toEqual([...report.published].sort());
    expect(report.snapshots).toContainEqual(
      expect.stringMatching(/^@clientele\/sparkwise@\d+\.\d+\.\d+-next-/),
    );
    for (const name of names) {
      const exports = Object.keys(entryPointsOf(name)).join(", ");
      expect(lines).toContain(`    esm ${name}: ${exports}`);
      expect(lines).toContain(`    cjs ${name}: ${exports}`);
    }
  }, 900_000);
});
