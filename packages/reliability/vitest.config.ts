import { defineProject } from "vitest/config";
import { sourceAliases } from "../../vitest.shared";

export default defineProject({
  resolve: { alias: sourceAliases },
  test: {
    name: "reliability",
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    setupFiles: ["test/support/setup.ts"],
    // Every test bounds its own work; these catch a hang.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
