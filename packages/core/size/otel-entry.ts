// What tracing adds for a consumer who opts in: the hooks of `@clientele/core/otel`
// (`@opentelemetry/api`, a peer the application already has, is not counted).
import { otelHooks } from "../src/otel.js";

export function run() {
  return otelHooks();
}
