/**
 * Checks recorded traffic against a provider's spec, and with `--write` edits the spec so the
 * traffic is valid.
 *   pnpm spec:verify <provider> <recording.ndjson…> [--write]
 * Recordings come from `@clientele/core/record` (`pnpm demo --live <provider> --record <file>`).
 * Exit code: 0 no findings, 1 findings (after `--write`: findings it could not fix), 2 usage error.
 */
import { relative } from "node:path";
import type { RecordedExchange } from "@clientele/core/record";
import { defineCommand, readCommandLine, refuse, UsageError, usageError } from "./lib/args.ts";
import { ROOT, listProviders, specPath } from "./lib/providers.ts";
import { checkExchange } from "./spec-verify/check.ts";
import { RecordingError, readRecording } from "./spec-verify/recording.ts";
import { type Report, addResult, createReport, formatReport } from "./spec-verify/report.ts";
import { type Spec, loadSpec } from "./spec-verify/spec.ts";
import { writeFixes } from "./spec-verify/write.ts";

export const command = defineCommand({
  usage: "pnpm spec:verify",
  summary:
    "Checks every recorded exchange against specs/<provider>/openapi.yaml (documented status, content type, body schema, documented headers, x-pagination facts) and prints each finding by spec location with the number of exchanges that showed it. Exit code: 0 no findings, 1 findings, 2 a command line or recording it cannot read.",
  options: {
    write: {
      type: "boolean",
      description:
        'edit the spec in place with the minimal change that makes the traffic valid (add a property, allow null, widen a type or an enum, document a status, make a never-seen required property optional), each annotated "Seen in traffic"',
    },
    strict: {
      type: "boolean",
      description:
        "an undocumented property of an open schema (additionalProperties: true) is a finding too (by default it is listed apart), so --write documents it",
    },
  },
  positionals: {
    name: "provider",
    usage: "<provider> <recording.ndjson…>",
    description: "the provider, then one or more recordings (pnpm demo --live <provider> --record <file>)",
    min: 2,
  },
  examples: [
    "pnpm spec:verify sparkwise sparkwise.ndjson",
    "pnpm spec:verify sparkwise sparkwise.ndjson --write   # then pnpm generate && pnpm spec:diff",
  ],
});

/** Checks exchanges against a spec file. */
export function verifyExchanges(
  file: string | Spec,
  exchanges: readonly RecordedExchange[],
  label = typeof file == "string" ? file : file.file,
  strict = false,
): Report {
  const spec = typeof file == "string" ? loadSpec(file) : file;
  const report = createReport(label, strict);
  exchanges.forEach((exchange, i) => addResult(report, i, exchange, checkExchange(spec, exchange)));
  return report;
}

export interface VerifyResult {
  report: Report;
  /** The spec edits made by `--write`, and the findings it could not fix. */
  written?: { changes: string[]; unfixed: number };
  after?: Report;
  lines: string[];
  exitCode: 0 | 1;
}

/** `spec:verify` on a repository root (the real one, or a copy in a test). */
export function specVerify(
  provider: string,
  recordings: string[],
  options: { write?: boolean; strict?: boolean; root?: string } = {},
): VerifyResult {
  const root = options.root ?? ROOT;
  if (!listProviders(root).includes(provider))
    throw new UsageError(`unknown provider "${provider}"; one of: ${listProviders(root).join(", ")}`);
  if (!recordings.length) throw new UsageError("give at least one recording");
  const exchanges = recordings.flatMap((f) => readRecording(f));
  const file = specPath(provider, root);
  const label = relative(root, file);
  const report = verifyExchanges(file, exchanges, label, options.strict);
  const lines = formatReport(report);
  if (!options.write || !report.groups.length)
    return { report, lines, exitCode: report.groups.length ? 1 : 0 };
  const written = writeFixes(file, report);
  const after = verifyExchanges(file, exchanges, label, options.strict);
  lines.push(
    "",
    `--write: ${written.changes.length} change(s) to ${label}:`,
    ...written.changes.map((c) => `  ${c}`),
  );
  lines.push("", "After --write:", ...formatReport(after));
  if (!after.groups.length) lines.push("", "Next: pnpm generate && pnpm spec:diff && pnpm spec:changeset");
  return { report, written, after, lines, exitCode: after.groups.length ? 1 : 0 };
}

function main(argv: string[]): number {
  const { values, positionals } = readCommandLine(command, argv);
  const [provider, ...recordings] = positionals as [string, ...string[]];
  if (!listProviders().includes(provider))
    refuse(usageError(command, `unknown provider "${provider}"; one of: ${listProviders().join(", ")}`));
  try {
    const result = specVerify(provider, recordings, { write: values.write, strict: values.strict });
    console.log(result.lines.join("\n"));
    return result.exitCode;
  } catch (error) {
    if (error instanceof RecordingError) refuse(usageError(command, error.message));
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
