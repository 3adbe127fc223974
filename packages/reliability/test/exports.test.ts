import { fileURLToPath } from "node:url";
import * as core from "@clientele/core";
import * as isnotai from "@clientele/isnotai";
import * as mercury from "@clientele/mercury";
import * as metacom from "@clientele/metacom";
import * as sparkwise from "@clientele/sparkwise";
import * as thoughtIndustries from "@clientele/thought-industries";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const packages = fileURLToPath(new URL("../../", import.meta.url));
const runtime = { isnotai, "thought-industries": thoughtIndustries, sparkwise, metacom, mercury };
const providers = Object.keys(runtime) as (keyof typeof runtime)[];

/** What every provider re-exports of core, at the least: the brief of issue #15. */
const REQUIRED_VALUES = [
  "ApiError",
  "ClienteleError",
  "MalformedResponseError",
  "NetworkError",
  "PaginationError",
  "RateLimitError",
  "SpecDriftError",
  "TimeoutError",
  "ValidationError",
  "isApiError",
  "isClienteleError",
  "isMalformedResponseError",
  "isNetworkError",
  "isPaginationError",
  "isRateLimitError",
  "isSpecDriftError",
  "isTimeoutError",
  "isValidationError",
  "unwrap",
];
const REQUIRED_TYPES = [
  "CallOptions",
  "ClientOptions",
  "HookEvent",
  "Hooks",
  "Page",
  "PagePosition",
  "PaginateOptions",
  "Paginator",
  "RetryOptions",
  // typed for the provider's own operations, by its generated errors (src/generated/errors.ts)
  "Operation",
  "OperationError",
];

/**
 * Every name a provider's `src/index.ts` exports that is core's (declared in core's source) or a
 * binding of core to the provider's spec (declared in its generated `src/generated/errors.ts`), each marked a value or
 * a type, read by the compiler from the source.
 */
function coreExports(): Record<string, string[]> {
  const roots = providers.map((p) => `${packages}${p}/src/index.ts`);
  const program = ts.createProgram(roots, {
    strict: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    types: [],
    baseUrl: packages,
    paths: { "@clientele/core": ["core/src/index.ts"] },
  });
  const checker = program.getTypeChecker();
  return Object.fromEntries(
    providers.map((provider, i) => {
      const module = checker.getSymbolAtLocation(program.getSourceFile(roots[i]!)!)!;
      const names = checker.getExportsOfModule(module).flatMap((symbol) => {
        const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        const file = target.declarations?.[0]?.getSourceFile().fileName ?? "";
        const ours =
          file.startsWith(`${packages}core/src/`) ||
          file === `${packages}${provider}/src/generated/errors.ts`;
        const kind = target.flags & ts.SymbolFlags.Value ? "value" : "type";
        return ours ? [`${kind} ${symbol.name}`] : [];
      });
      return [provider, names.sort()];
    }),
  );
}

describe("every provider exports the same core types and values", () => {
  it("the same names, as values or as types, each provider with its own operations' guard", () => {
    const exports = coreExports();
    const first = exports[providers[0]!]!;
    for (const provider of providers) expect(exports[provider], provider).toEqual(first);
    expect(first).toEqual(expect.arrayContaining(REQUIRED_VALUES.map((name) => `value ${name}`)));
    expect(first).toEqual(expect.arrayContaining(REQUIRED_TYPES.map((name) => `type ${name}`)));
  }, 60_000);

  it("the same runtime values, core's own: the classes, the guards and unwrap", () => {
    const values = REQUIRED_VALUES as (keyof typeof core)[];
    for (const provider of providers) {
      const module = runtime[provider] as Record<string, unknown>;
      const mine = Object.keys(module).filter((name) => name in core);
      expect(mine.sort(), provider).toEqual([...values].sort());
      for (const name of values) expect(module[name], `${provider}.${name}`).toBe(core[name]);
    }
  });
});
