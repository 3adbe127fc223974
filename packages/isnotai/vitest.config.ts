import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "isnotai", include: ["test/**/*.test.ts"] },
});
