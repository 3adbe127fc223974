/**
 * The demo: builds the packages, lists every user of every provider with `paginate`, then upserts
 * 450 users to Sparkwise, and prints what happened. By default against the built-in fake servers
 * (faults on, so retries happen); `--live <provider>` runs the read-only walk (the users, then every
 * other GET the spec documents) against the real API with credentials from the environment; `--write`
 * adds the Sparkwise upsert. `--record <file>` writes the walk's traffic as NDJSON, `--verify` checks
 * it against the spec and prints the drift report at the end.
 *   pnpm demo
 *   ISNOTAI_API_KEY=aik_v1_… pnpm demo --live isnotai --verify
 */
import type { PersonalMode } from "@clientele/core/record";
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
      description:
        "the read-only walk (the users, then every other GET the spec documents) against that provider's real API, credentials from the environment as its README names them",
      choices: () => listProviders(),
    },
    write: { type: "boolean", description: "with --live sparkwise: also upsert the 450 demo users" },
    record: {
      type: "string",
      value: "file",
      description: "with --live: write every exchange of the walk to <file> (NDJSON, credentials removed)",
    },
    verify: {
      type: "boolean",
      description: "with --live: check the walk's exchanges against the spec; the drift report comes last",
    },
    personal: {
      type: "string",
      value: "mode",
      description: "with --live: personal fields in the recording are hashed (default), dropped or kept",
      choices: () => ["hash", "drop", "keep"],
    },
    "base-url": {
      type: "string",
      value: "url",
      description: "with --live: send the walk to another server (a proxy, a fake)",
    },
    "no-build": { type: "boolean", description: "skip the build (the packages must be built already)" },
  },
  examples: [
    "pnpm demo",
    "ISNOTAI_API_KEY=aik_v1_… pnpm demo --live isnotai",
    "SPARKWISE_API_KEY=… pnpm demo --live sparkwise --write",
    "MERCURY_API_KEY=… MERCURY_PROJECT_ID=… pnpm demo --live mercury --record mercury.ndjson --verify",
  ],
});

async function main(argv: string[]) {
  const { values } = readCommandLine(command, argv);
  if (values.write && values.live !== "sparkwise")
    refuse(usageError(command, "--write needs --live sparkwise"));
  const liveOnly = (["record", "verify", "personal", "base-url"] as const).find(
    (k) => values[k] !== undefined,
  );
  if (liveOnly && !values.live) refuse(usageError(command, `--${liveOnly} needs --live <provider>`));
  if (!values["no-build"]) {
    const build = await buildPackages();
    if (build.code !== 0) throw new Error(`the build failed (turbo exited with ${build.code})`);
  }
  // the packages are imported once they are built
  const { runFakes, runLive } = await import("./demo/run.ts");
  const started = performance.now();
  const live = values.live
    ? await runLive(values.live, {
        write: values.write,
        record: values.record,
        verify: values.verify,
        personal: values.personal as PersonalMode | undefined,
        baseUrl: values["base-url"],
      })
    : undefined;
  const rows = live?.rows ?? (await runFakes());
  console.log(`\n${formatSummary(rows, values.live ?? "fakes")}`);
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  // the drift report comes last: it is what a live run with --verify is for
  if (live?.report.length) console.log(`\n${live.report.join("\n")}`);
  if (live?.findings) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`)
  await main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exit(1);
  });
