import { describe, expect, it } from "vitest";
import { publishablePackages } from "../lint-packages.ts";
import { entryPointsOf } from "../release-dry/consumer.ts";
import { releaseDry } from "../release-dry.ts";

describe("entryPointsOf", () => {
  it("names the factory of a provider missing from the table after its package", () => {
    expect(entryPointsOf("@clientele/acme-crm")).toEqual({ createAcmeCrmClient: "client-factory" });
  });
});

// Builds, publishes and installs everything: 40-50 s on an idle two-core machine, minutes on a busy
// one, and it needs the npm registry for third-party packages. So it runs only when asked:
//   CLIENTELE_RELEASE_DRY=1 pnpm vitest run --project scripts release-dry
describe.runIf(process.env.CLIENTELE_RELEASE_DRY === "1")("releaseDry", () => {
  it("publishes every package to a local registry and consumes it from TypeScript, ESM and CommonJS", async () => {
    const lines: string[] = [];
    const report = await releaseDry({ log: (line) => lines.push(line) });

    const names = publishablePackages().map((pkg) => pkg.name);
    expect(report.published).toEqual(names);
    for (const name of names) {
      const exports = Object.keys(entryPointsOf(name)).join(", ");
      expect(lines).toContain(`    esm ${name}: ${exports}`);
      expect(lines).toContain(`    cjs ${name}: ${exports}`);
    }
  }, 300_000);
});
