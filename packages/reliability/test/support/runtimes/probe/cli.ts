/**
 * The entry a runtime runs as a program (Node, Bun, Deno): the plan comes as the last argument, the
 * report goes to stdout as one line of JSON. Compiled twice, with the packages left for the runtime
 * to resolve: as ES module imports (`cli.mjs`) and as CommonJS requires (`cli.cjs`).
 */
import type { Plan } from "./plan";
import { runScenario, type Inspect } from "./scenario";

/** `"esm"` or `"cjs"`, set by the compiler: which of the runtime's resolvers loaded the packages. */
declare const __FORMAT__: "esm" | "cjs";

interface Deno {
  readonly args: string[];
  readonly version: { deno: string };
  inspect: Inspect;
  exit(code: number): never;
}
interface Bun {
  readonly version: string;
  inspect: Inspect;
}
const { Deno, Bun } = globalThis as { Deno?: Deno; Bun?: Bun };

const PACKAGES = ["core", "isnotai", "thought-industries", "sparkwise", "metacom", "mercury"].map(
  (name) => `@clientele/${name}`,
);

/** Where the runtime found each package: its ESM resolver (`import.meta.resolve`) or `require.resolve`. */
function resolved(): Record<string, string> {
  const where = (name: string) =>
    __FORMAT__ === "cjs"
      ? require.resolve(name)
      : decodeURI(import.meta.resolve(name).replace(/^file:\/\//, ""));
  return Object.fromEntries(PACKAGES.map((name) => [name, where(name)]));
}

async function main(): Promise<void> {
  const args = Deno ? Deno.args : process.argv.slice(2);
  const plan = JSON.parse(args[args.length - 1]!) as Plan;
  const runtime = Deno
    ? `deno ${Deno.version.deno}`
    : Bun
      ? `bun ${Bun.version}`
      : `node ${process.versions.node}`;
  const inspect = Deno?.inspect ?? Bun?.inspect ?? (await import("node:util")).inspect;
  const report = await runScenario(plan, runtime, resolved(), (value) => inspect(value));
  console.log(JSON.stringify(report));
}

main().then(
  () => (Deno ? Deno.exit(0) : process.exit(0)),
  (error: unknown) => {
    console.log(JSON.stringify({ fatal: String((error as Error)?.stack ?? error) }));
    if (Deno) Deno.exit(1);
    else process.exit(1);
  },
);
