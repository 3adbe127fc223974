import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startFakeServer } from "@clientele/testing";
import { describe, expect, it } from "vitest";
import { runLive } from "../demo/run.ts";
import { fakeEnv } from "./drift-recordings.ts";

describe("pnpm demo --live", () => {
  it("refuses clearly when the provider's credentials are missing, naming the variables", async () => {
    await expect(runLive("metacom", { env: { METACOM_TOKEN: "t" } })).rejects.toThrow(
      /--live metacom needs METACOM_ENVIRONMENT_ID, METACOM_DOMAIN in the environment/,
    );
    await expect(runLive("acme", { env: {} })).rejects.toThrow(/the demo has no --live acme/);
  });

  it("--record writes the walk as NDJSON without a credential; --verify reports on it", async () => {
    const fake = await startFakeServer("sparkwise", { seed: 5, users: 30 });
    const file = join(mkdtempSync(join(tmpdir(), "demo-live-")), "sparkwise.ndjson");
    try {
      const env = fakeEnv("sparkwise", fake);
      const result = await runLive("sparkwise", {
        env,
        baseUrl: fake.url,
        record: file,
        verify: true,
        personal: "drop",
      });
      expect(result.findings).toBe(0);
      const text = readFileSync(file, "utf8");
      const lines = text
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(lines.length).toBe(result.exchanges.length);
      expect(lines.map((e) => e.template).sort()).toEqual(["/clusters", "/completions", "/users"]);
      expect(lines.every((e) => e.version === 1 && e.personal.mode === "drop")).toBe(true);
      expect(text).not.toContain(env.SPARKWISE_API_KEY);
      expect(text).not.toMatch(/"(first|last)Name"/);
    } finally {
      await fake.close();
    }
  });
});
