import { defineProject } from "vitest/config";
import { sourceAliases } from "../../vitest.shared";

export default defineProject({
  resolve: { alias: sourceAliases },
  test: { name: "testing", include: ["test/**/*.test.ts"], testTimeout: 20_000 },
});
