import { defineProject } from "vitest/config";
import { sourceAliases } from "../../vitest.shared";

export default defineProject({
  resolve: { alias: sourceAliases },
  test: { name: "core", include: ["test/**/*.test.ts"], globalSetup: ["test/property/global-setup.ts"] },
});
