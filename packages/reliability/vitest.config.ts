import { defineProject } from "vitest/config";
import { sourceAliases } from "../../vitest.shared";

export default defineProject({
  resolve: { alias: sourceAliases },
  test: {
    name: "reliability",
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    setupFiles: ["test/support/setup.ts"],
    // One file at a time: the bounds of deadlines.test.ts are timed, and must not share two cores
    // with headless Chromium (browser.test.ts) or the 10,000-item walks of exactly-once.test.ts.
    fileParallelism: false,
    // Every test bounds its own work; these catch a hang.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
