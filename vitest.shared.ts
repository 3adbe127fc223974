import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const packages = fileURLToPath(new URL("./packages/", import.meta.url));

/** The subpaths a package exports besides its root (`./msw` → `msw`), each built from `src/<subpath>.ts`. */
function subpathsOf(name: string): string[] {
  const manifest = JSON.parse(readFileSync(`${packages}${name}/package.json`, "utf8"));
  return Object.keys(manifest.exports ?? {})
    .filter((key) => key !== "." && key !== "./package.json")
    .map((key) => key.slice(2))
    .filter((subpath) => existsSync(`${packages}${name}/src/${subpath}.ts`));
}

/**
 * Every `@clientele/<name>` resolves to `packages/<name>/src/index.ts` in tests (and each exported
 * subpath, `@clientele/<name>/<subpath>`, to `src/<subpath>.ts`): a test always runs against the
 * source, never against a `dist/` that may be stale or missing. Only the publish rehearsal, the
 * consumer tests and the runtime matrix use built packages.
 */
export const sourceAliases = readdirSync(packages)
  .filter((name) => existsSync(`${packages}${name}/src/index.ts`))
  .flatMap((name) => [
    { find: new RegExp(`^@clientele/${name}$`), replacement: `${packages}${name}/src/index.ts` },
    ...subpathsOf(name).map((subpath) => ({
      find: new RegExp(`^@clientele/${name}/${subpath}$`),
      replacement: `${packages}${name}/src/${subpath}.ts`,
    })),
  ]);
