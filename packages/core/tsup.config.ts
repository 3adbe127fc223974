import { defineConfig } from "tsup";
import { baseConfig } from "../../tsup.base";

// Three entries: the client; the opt-in OpenTelemetry hooks (`@clientele/core/otel`), so that
// nothing of tracing reaches a bundle that does not import it (`@opentelemetry/api`, an optional
// peer, stays external); and the recorder (`@clientele/core/record`), which a client that does not
// record never loads.
export default defineConfig({ ...baseConfig, entry: ["src/index.ts", "src/otel.ts", "src/record.ts"] });
