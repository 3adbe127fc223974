import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

export default defineProject({
  // README examples import the package by name: test them against src/, not a possibly stale dist/
  resolve: { alias: { "@clientele/mercury": fileURLToPath(new URL("./src/index.ts", import.meta.url)) } },
  test: { name: "mercury", include: ["test/**/*.test.ts"] },
});
