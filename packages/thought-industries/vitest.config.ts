import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "thought-industries", include: ["test/**/*.test.ts"] },
});
