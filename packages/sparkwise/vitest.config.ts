import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "sparkwise", include: ["test/**/*.test.ts"] },
});
