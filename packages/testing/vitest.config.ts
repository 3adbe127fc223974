import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

export default defineProject({
  // The README's examples import the package by name; they run against the source.
  resolve: { alias: { "@clientele/testing": fileURLToPath(new URL("./src/index.ts", import.meta.url)) } },
  test: { name: "testing", include: ["test/**/*.test.ts"], testTimeout: 5_000 },
});
