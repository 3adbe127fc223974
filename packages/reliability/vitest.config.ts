import { defineProject } from "vitest/config";

export default defineProject({
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
