import { defineConfig } from "tsup";
import { baseConfig } from "../../tsup.base";

// A Node-only test tool: node:http and node:crypto stay external, with their `node:` prefix.
export default defineConfig({ ...baseConfig, platform: "node", target: "node20", removeNodeProtocol: false });
