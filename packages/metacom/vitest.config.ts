import { defineProject } from "vitest/config";
import { sourceAliases } from "../../vitest.shared";

export default defineProject({
  resolve: { alias: sourceAliases },
  test: { name: "metacom", include: ["test/**/*.test.ts"] },
});
