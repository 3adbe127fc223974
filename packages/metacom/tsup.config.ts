import { defineConfig } from "tsup";
import { baseConfig } from "../../tsup.base";

// Two entries: the client, and the response validators (`/validate`), bundled only by those who import them.
export default defineConfig({ ...baseConfig, entry: ["src/index.ts", "src/validate.ts"] });
