/**
 * Bundle size of what a consumer ships: for each provider, the factory plus one call and one
 * `paginate` (scripts/bench/size/<provider>.ts), against openapi-fetch alone, ky, @octokit/core and
 * axios making one call. Each entry is bundled by esbuild (ESM, browser platform, minified, every
 * dependency included) and gzipped at level 9. Each provider row also carries size-limit's own
 * figure for the same file and the budget `.size-limit.json` enforces in `pnpm test`.
 */
import { build } from "esbuild";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { PROVIDERS } from "./providers.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface BundleRow {
  name: string;
  /** The entry, relative to the repository root. */
  entry: string;
  minBytes: number;
  gzipBytes: number;
  /** A provider client (subject to the 5 kB goal), or a reference. */
  kind: "provider" | "reference";
  /** size-limit's figure (esbuild + gzip) for the entry, and its budget, when it has one. */
  sizeLimitBytes?: number;
  budgetBytes?: number;
}

interface SizeLimitEntry {
  path: string;
  limit: string;
}

const REFERENCES = [
  { name: "openapi-fetch alone", file: "openapi-fetch" },
  { name: "ky", file: "ky" },
  { name: "@octokit/core", file: "octokit" },
  { name: "axios (fetch adapter)", file: "axios" },
];

export const entryOf = (file: string) => `scripts/bench/size/${file}.ts`;

/** size-limit's measurement and budget of every entry it checks, by path. */
async function sizeLimitFigures(): Promise<Map<string, { size: number; budget: number }>> {
  const entries = JSON.parse(readFileSync(`${ROOT}.size-limit.json`, "utf8")) as SizeLimitEntry[];
  const bin = `${ROOT}node_modules/size-limit/bin.js`;
  // size-limit exits with 1 when an entry is over its budget; its JSON is on stdout either way
  const stdout = await promisify(execFile)(process.execPath, [bin, "--json"], { cwd: ROOT }).then(
    (done) => done.stdout,
    (failed: { stdout?: string }) => failed.stdout ?? "[]",
  );
  const sizes = JSON.parse(stdout) as { size: number }[];
  const kB = (limit: string) => Math.round(Number.parseFloat(limit) * 1000);
  return new Map(entries.map((e, i) => [e.path, { size: sizes[i]!.size, budget: kB(e.limit) }]));
}

async function measure(entry: string): Promise<{ minBytes: number; gzipBytes: number }> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL(`../../${entry}`, import.meta.url))],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const code = out.outputFiles[0]!.contents;
  return { minBytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength };
}

export async function measureBundles(): Promise<BundleRow[]> {
  const rows: BundleRow[] = [];
  const sizeLimit = await sizeLimitFigures();
  for (const provider of PROVIDERS) {
    const entry = entryOf(provider);
    const checked = sizeLimit.get(entry);
    rows.push({
      name: `@clientele/${provider}`,
      entry,
      kind: "provider",
      ...(await measure(entry)),
      sizeLimitBytes: checked?.size,
      budgetBytes: checked?.budget,
    });
  }
  for (const { name, file } of REFERENCES)
    rows.push({ name, entry: entryOf(file), kind: "reference", ...(await measure(entryOf(file))) });
  return rows;
}
