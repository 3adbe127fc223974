import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const packages = fileURLToPath(new URL("./packages/", import.meta.url));

/**
 * Every `@clientele/<name>` resolves to `packages/<name>/src/index.ts` in tests: a test always runs
 * against the source, never against a `dist/` that may be stale or missing. Only the publish
 * rehearsal and the consumer tests use built tarballs.
 */
export const sourceAliases = readdirSync(packages)
  .filter((name) => existsSync(`${packages}${name}/src/index.ts`))
  .map((name) => ({
    find: new RegExp(`^@clientele/${name}$`),
    replacement: `${packages}${name}/src/index.ts`,
  }));
