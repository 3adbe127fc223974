/**
 * The files of a throwaway consumer project that installs the published packages from the local
 * registry: an `index.ts` (ESM) and an `index.cts` (CommonJS) type-checked strictly with
 * `module: nodenext` (`tsconfig.json`), `index.ts` again with `moduleResolution: bundler`
 * (`tsconfig.bundler.json`), and an `index.mjs` and an `index.cjs` run with node.
 */
import { providerNames } from "../new-provider.ts";

/** What a consumer check can assert about an export, at compile time. */
type ExportKind = "client-factory" | "function" | "error-class" | "guard";

/** The public entry points checked per package (only packages present in the workspace are published). */
export const ENTRY_POINTS: Record<string, Record<string, ExportKind>> = {
  "@clientele/core": {
    createClient: "function",
    ApiError: "error-class",
    isApiError: "guard",
    bearerAuth: "function",
  },
  "@clientele/isnotai": { createIsNotAiClient: "client-factory" },
  "@clientele/thought-industries": { createThoughtIndustriesClient: "client-factory" },
  "@clientele/sparkwise": { createSparkwiseClient: "client-factory" },
  "@clientele/metacom": { createMetacomClient: "client-factory" },
  "@clientele/mercury": { createMercuryClient: "client-factory" },
  "@clientele/testing": { startFakeServer: "function" },
};

/**
 * The entry points of a published package. One missing from the table is a provider scaffolded by
 * `pnpm new-provider`, whose factory is named after it: `@clientele/acme-crm` → `createAcmeCrmClient`.
 */
export function entryPointsOf(name: string): Record<string, ExportKind> {
  const { pascal } = providerNames(name.replace(/^@clientele\//, ""));
  return ENTRY_POINTS[name] ?? { [`create${pascal}Client`]: "client-factory" };
}

const TYPE_CHECKS: Record<ExportKind, (name: string) => string> = {
  "client-factory": (name) =>
    `export const ${name}Surface: Array<keyof ReturnType<typeof ${name}>> = ["GET", "POST", "paginate"];`,
  function: (name) => `export const ${name}Callable: (...args: never[]) => unknown = ${name};`,
  "error-class": (name) => `export const ${name}Class: abstract new (...args: never[]) => Error = ${name};`,
  guard: (name) => `export const ${name}Guard: (value: unknown) => boolean = ${name};`,
};

/** TypeScript that fails to compile when an entry point is missing or has the wrong shape. */
function typeScriptSource(packages: string[]): string {
  const imports = packages.map(
    (pkg) => `import { ${Object.keys(entryPointsOf(pkg)).join(", ")} } from "${pkg}";`,
  );
  const checks = packages.flatMap((pkg) =>
    Object.entries(entryPointsOf(pkg)).map(([name, kind]) => TYPE_CHECKS[kind](name)),
  );
  return `${imports.join("\n")}\n\n${checks.join("\n")}\n`;
}

/** JavaScript that loads every package (with `import` or `require`) and prints what it found. */
function javaScriptSource(packages: string[], format: "esm" | "cjs"): string {
  const load = packages.map((pkg, i) =>
    format === "esm" ? `import * as m${i} from "${pkg}";` : `const m${i} = require("${pkg}");`,
  );
  const table = packages.map(
    (pkg, i) => `  [${JSON.stringify(pkg)}, m${i}, ${JSON.stringify(Object.keys(entryPointsOf(pkg)))}],`,
  );
  return `${load.join("\n")}

const packages = [
${table.join("\n")}
];
for (const [name, module, exports] of packages) {
  const missing = exports.filter((key) => typeof module[key] !== "function");
  if (missing.length) throw new Error(\`\${name} (${format}) does not export \${missing.join(", ")}\`);
  console.log(\`${format} \${name}: \${exports.join(", ")}\`);
}
`;
}

const TSCONFIG = {
  compilerOptions: {
    target: "es2022",
    module: "nodenext",
    moduleResolution: "nodenext",
    lib: ["es2022", "dom"],
    types: ["node"],
    strict: true,
    noEmit: true,
    skipLibCheck: false,
  },
  files: ["index.ts", "index.cts"],
};

/** What a bundled application (Vite, esbuild, webpack) type-checks with (declarations are checked above). */
const BUNDLER_TSCONFIG = {
  compilerOptions: {
    ...TSCONFIG.compilerOptions,
    module: "esnext",
    moduleResolution: "bundler",
    skipLibCheck: true,
  },
  files: ["index.ts"],
};

/** Every file of the consumer project besides `package.json`, by name. */
export function consumerFiles(packages: string[]): Record<string, string> {
  const ts = typeScriptSource(packages);
  return {
    "tsconfig.json": `${JSON.stringify(TSCONFIG, null, 2)}\n`,
    "tsconfig.bundler.json": `${JSON.stringify(BUNDLER_TSCONFIG, null, 2)}\n`,
    "index.ts": ts,
    "index.cts": ts,
    "index.mjs": javaScriptSource(packages, "esm"),
    "index.cjs": javaScriptSource(packages, "cjs"),
  };
}
