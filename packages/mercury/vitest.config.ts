import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "mercury", include: ["test/**/*.test.ts"] },
});
