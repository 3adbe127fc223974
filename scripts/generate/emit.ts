import openapiTS, { astToString } from "openapi-typescript";
import { format, resolveConfig } from "prettier";
import type { BuiltMetadata } from "./metadata.ts";

export const BANNER =
  "// generated — do not edit. Source: specs/{provider}/openapi.yaml; run `pnpm generate`.\n";

const banner = (provider: string) => BANNER.replace("{provider}", provider);

async function pretty(code: string, filepath: string): Promise<string> {
  const config = (await resolveConfig(filepath)) ?? {};
  return format(code, { ...config, filepath, parser: "typescript" });
}

/** The types of the spec, from openapi-typescript, with each component schema also exported by name. */
export async function emitTypes(provider: string, doc: object, filepath: string): Promise<string> {
  const ast = await openapiTS(structuredClone(doc) as never, {
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    silent: true,
  });
  return pretty(banner(provider) + astToString(ast), filepath);
}

/** The runtime metadata core interprets, and the item type of every paginated path. */
export async function emitMetadata(
  provider: string,
  built: BuiltMetadata,
  filepath: string,
): Promise<string> {
  const items = Object.keys(built.pageItems)
    .sort()
    .map((path) => `  ${JSON.stringify(path)}: ${built.pageItems[path]};`)
    .join("\n");
  const code = `${banner(provider)}
import type { ProviderMetadata } from "@clientele/core";
import type { components } from "./openapi.js";

export const metadata = ${JSON.stringify(built.metadata)} as const satisfies ProviderMetadata;

/** The type of one item of every paginated path. */
export interface PageItems {
${items}
}
`;
  return pretty(code, filepath);
}
