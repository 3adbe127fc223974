/**
 * The demo: builds the packages, lists every user of every provider with `paginate`, then upserts
 * 450 users to Sparkwise, and prints what happened. By default against the built-in fake servers
 * (faults on, so retries happen); `--live <provider>` runs it against the real API with credentials
 * from the environment, read-only unless `--write` is given.
 *   pnpm demo
 *   ISNOTAI_API_KEY=aik_v1_… pnpm demo --live isnotai
 */
import { buildPackages } from "./build.ts";
import { formatSummary } from "./demo/summary.ts";
import { listProviders } from "./lib/providers.ts";
import { defineCommand, readCommandLine, refuse, usageError } from "./lib/args.ts";

export const command = defineCommand({
  usage: "pnpm demo",
  summary:
    "Builds the packages, then lists every user of every provider with paginate and upserts 450 users to Sparkwise, against the built-in fake servers (which inject faults) unless --live is given.",
  options: {
    live: {
      type: "string",
      value: "provider",
      description: "run against that provider's real API, credentials from the environment (read-only)",
      choices: () => listProviders(),
    },
    write: { type: "boolean", description: "with --live sparkwise: also upsert the 450 demo users" },
    "no-build": { type: "boolean", description: "skip the build (the packages must be built already)" },
  },
  examples: [
    "pnpm demo",
    "ISNOTAI_API_KEY=aik_v1_… pnpm demo --live isnotai",
    "SPARKWISE_API_KEY=… pnpm demo --live sparkwise --write",
  ],
});

async function main(argv: string[]) {
  const { values } = readCommandLine(command, argv);
  if (values.write && values.live !== "sparkwise")
    refuse(usageError(command, "--write needs --live sparkwise"));
  if (!values["no-build"]) {
    const build = await buildPackages();
    if (build.code !== 0) throw new Error(`the build failed (turbo exited with ${build.code})`);
  }
  // the packages are imported once they are built
  const { runFakes, runLive } = await import("./demo/run.ts");
  const started = performance.now();
  const rows = values.live ? await runLive(values.live, values.write ?? false) : await runFakes();
  console.log(`\n${formatSummary(rows, values.live ?? "fakes")}`);
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

if (import.meta.url === `file://${process.argv[1]}`)
  await main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exit(1);
  });
