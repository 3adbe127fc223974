import { defineConfig } from "tsup";
import { baseConfig } from "../../tsup.base";

// Two entries: the socket fake (Node only: node:http stays external, with its `node:` prefix) and
// the msw handlers (no Node built-in, so they also run in a browser). msw, a peer, stays external.
export default defineConfig({
  ...baseConfig,
  entry: ["src/index.ts", "src/msw.ts"],
  platform: "node",
  target: "node20",
  removeNodeProtocol: false,
});
