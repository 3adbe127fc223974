import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "metacom", include: ["test/**/*.test.ts"] },
});
