import { dateParamType, markDateParams } from "./date-params.ts";
import type { BuiltMetadata } from "./metadata.ts";
import { readonlyParamType } from "./readonly-params.ts";
import { markSerializedParams } from "./serialized-params.ts";

export const BANNER =
  "// generated — do not edit. Source: specs/{provider}/openapi.yaml; run `pnpm generate`.\n";

const banner = (provider: string) => BANNER.replace("{provider}", provider);

/**
 * The types of the spec, from openapi-typescript, with each component schema also exported by name:
 * its printer's output as is (the generated folders are not formatted; the printer is deterministic).
 */
export async function emitTypes(provider: string, doc: object): Promise<string> {
  // loaded when first needed: it loads the TypeScript compiler, seconds that `--help` should not wait
  const { default: openapiTS, astToString } = await import("openapi-typescript");
  const ast = await openapiTS(markDateParams(markSerializedParams(doc as Record<string, unknown>)) as never, {
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    silent: true,
    transform: dateParamType,
    postTransform: readonlyParamType,
  });
  return banner(provider) + astToString(ast);
}

/** The name core exports a pagination style's implementation under: `next-query` → `nextQueryPagination`. */
export const styleExport = (style: string) =>
  `${style.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}Pagination`;

/** A name printed as code, not as a string: the link to an imported value. */
class Identifier {
  constructor(readonly name: string) {}
}

/** A value as TypeScript source, laid out as `JSON.stringify(value, null, 2)` would, identifiers bare. */
function print(value: unknown, indent = ""): string {
  if (value instanceof Identifier) return value.name;
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const inner = `${indent}  `;
  const entries = Array.isArray(value)
    ? value.map((item) => print(item, inner))
    : Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => `${JSON.stringify(key)}: ${print(item, inner)}`);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return entries.length
    ? `${open}\n${inner}${entries.join(`,\n${inner}`)}\n${indent}${close}`
    : `${open}${close}`;
}

/**
 * The runtime metadata core interprets, with core's implementation of each pagination style the
 * spec uses (imported, so a client bundles those styles and no other), and the item type of every
 * paginated path.
 */
export function emitMetadata(provider: string, built: BuiltMetadata): string {
  const pageStyles = Object.fromEntries(
    built.styles.map((style) => [style, new Identifier(styleExport(style))]),
  );
  const metadata = print(built.styles.length ? { ...built.metadata, pageStyles } : built.metadata);
  const imports = ["type ProviderMetadata", ...built.styles.map(styleExport).sort()].join(", ");
  const items = Object.keys(built.pageItems)
    .sort()
    .map((path) => `  ${JSON.stringify(path)}: ${built.pageItems[path]};`)
    .join("\n");
  return `${banner(provider)}
import { ${imports} } from "@clientele/core";
import type { components } from "./openapi.js";

export const metadata = ${metadata} as const satisfies ProviderMetadata;

/** The type of one item of every paginated path. */
export interface PageItems {
${items}
}
`;
}
