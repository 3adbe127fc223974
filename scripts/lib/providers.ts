import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export const ROOT = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");

/** Every provider is a folder `specs/<name>/` with an `openapi.yaml`; the package is `packages/<name>/`. */
export function listProviders(root = ROOT): string[] {
  const specs = join(root, "specs");
  return readdirSync(specs, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(specs, d.name, "openapi.yaml")))
    .map((d) => d.name)
    .sort();
}

export const specPath = (provider: string, root = ROOT) => join(root, "specs", provider, "openapi.yaml");
export const generatedDir = (provider: string, root = ROOT) =>
  join(root, "packages", provider, "src", "generated");

/** The fixed starts of a provider's credentials, as its spec declares them (`x-credential.prefix`). */
export function credentialPrefixes(provider: string, root = ROOT): string[] {
  const doc = parse(readFileSync(specPath(provider, root), "utf8")) as {
    components?: { securitySchemes?: Record<string, { "x-credential"?: { prefix?: string } }> };
  };
  const schemes = Object.values(doc.components?.securitySchemes ?? {});
  return schemes.flatMap((s) => (s["x-credential"]?.prefix ? [s["x-credential"].prefix] : []));
}
