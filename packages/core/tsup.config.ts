import { defineConfig } from "tsup";
import { baseConfig } from "../../tsup.base";

// Two entries: the client, and the opt-in OpenTelemetry hooks (`@clientele/core/otel`), so that
// nothing of tracing reaches a bundle that does not import it. `@opentelemetry/api`, an optional
// peer, stays external.
export default defineConfig({ ...baseConfig, entry: ["src/index.ts", "src/otel.ts"] });
