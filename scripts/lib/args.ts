/**
 * The command line of every script: `node:util`'s `parseArgs` in strict mode, plus the `--help`
 * text and one-line refusals a person can act on. A script declares its command once:
 *
 *   export const command = defineCommand({ usage: "pnpm generate", summary: "…", options: { … }, examples: [ … ] });
 *   const { values, positionals } = readCommandLine(command);  // --help: prints it, exit 0; bad input: exit 2
 *
 * `parseCommand` is the same without the process side (it throws `UsageError`), for tests.
 */
import { parseArgs } from "node:util";

/** One option: its `parseArgs` type and what `--help` says about it. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** The value's name in the help (`--base <ref>`); string options only. @default "value" */
  readonly value?: string;
  readonly description: string;
  /** The values a string option allows, when they are known (read when the command line is parsed). */
  readonly choices?: () => readonly string[];
}

/** The positional arguments a command takes (none when absent). */
export interface PositionalSpec {
  /** As messages name one, e.g. `provider`. */
  readonly name: string;
  /** The usage line's text for them when `<name…>` does not fit, e.g. `<pages> <page-size>`. */
  readonly usage?: string;
  readonly description: string;
  /** @default 0 */
  readonly min?: number;
  /** @default Infinity */
  readonly max?: number;
  /** The values allowed, when they are known (read when the command line is parsed). */
  readonly choices?: () => readonly string[];
}

export interface CommandSpec<O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  /** How a person runs it, e.g. `pnpm generate`. */
  readonly usage: string;
  /** A sentence or two: what it does. */
  readonly summary: string;
  readonly options: O;
  readonly positionals?: PositionalSpec;
  /** When set, what the arguments after `--` are for: they are passed on, not parsed. */
  readonly passThrough?: string;
  /** Whole command lines, each with an optional comment after `#`. */
  readonly examples: readonly string[];
}

export type Values<O extends Record<string, OptionSpec>> = {
  -readonly [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : string;
};

export interface CommandLine<O extends Record<string, OptionSpec>> {
  readonly values: Values<O>;
  readonly positionals: string[];
  /** The arguments after `--` (only with `passThrough`). */
  readonly rest: string[];
}

/** A command line the command cannot run with; the message is one line. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Declares a command (an identity function, for the types). */
export const defineCommand = <O extends Record<string, OptionSpec>>(spec: CommandSpec<O>) => spec;

/** The command line read, or `"help"` when `--help` (or `-h`) is among the options. */
export function parseCommand<O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
  argv: readonly string[],
): CommandLine<O> | "help" {
  const { own, rest } = split(spec, argv);
  const loose = parseArgs({ args: own, options: {}, strict: false, allowPositionals: true, tokens: true });
  if (loose.tokens.some((t) => t.kind === "option" && (t.name === "help" || t.name === "h"))) return "help";
  let parsed;
  try {
    parsed = parseArgs({ args: own, options: parseOptions(spec), strict: true, allowPositionals: true });
  } catch (error) {
    throw usageError(spec, describe(spec, error, loose.tokens));
  }
  checkChoices(spec, parsed.values);
  checkPositionals(spec, parsed.positionals);
  return { values: parsed.values as Values<O>, positionals: parsed.positionals, rest };
}

/**
 * `parseCommand` for a script's entry point: prints the help and exits 0, or prints the refusal
 * and exits 2, or returns the command line.
 */
export function readCommandLine<O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
  argv: readonly string[] = process.argv.slice(2),
): CommandLine<O> {
  let line;
  try {
    line = parseCommand(spec, argv);
  } catch (error) {
    if (error instanceof UsageError) refuse(error);
    throw error;
  }
  if (line !== "help") return line;
  process.stdout.write(helpText(spec));
  process.exit(0);
}

/** The refusal of a command line the script itself found wrong (options that exclude each other…). */
export function usageError(spec: CommandSpec, problem: string): UsageError {
  return new UsageError(`${spec.usage}: ${problem}; see ${spec.usage} --help`);
}

/** Prints a refusal on stderr and exits 2, as for any command line a command cannot run with. */
export function refuse(error: UsageError): never {
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}

/** The text `--help` prints: usage, what it does, arguments, options, examples. */
export function helpText(spec: CommandSpec): string {
  const options: [string, string][] = Object.entries(spec.options).map(([name, o]) => [
    `${o.short ? `-${o.short}, ` : ""}--${name}${o.type === "string" ? ` <${o.value ?? "value"}>` : ""}`,
    withChoices(o.description, o.choices?.()),
  ]);
  options.push(["-h, --help", "print this help and exit"]);
  const p = spec.positionals;
  const args: [string, string][] = p ? [[positionalUsage(p), withChoices(p.description, p.choices?.())]] : [];
  if (spec.passThrough) args.push(["-- <argument…>", spec.passThrough]);
  const width = Math.max(...[...args, ...options].map(([left]) => left.length)) + 2;
  const rows = (list: [string, string][]) => list.map(([l, r]) => `  ${l.padEnd(width)}${r}`);
  return [
    `Usage: ${usageLine(spec)}`,
    "",
    spec.summary,
    ...(args.length ? ["", "Arguments:", ...rows(args)] : []),
    "",
    "Options:",
    ...rows(options),
    "",
    spec.examples.length > 1 ? "Examples:" : "Example:",
    ...spec.examples.map((e) => `  ${e}`),
    "",
  ].join("\n");
}

function usageLine(spec: CommandSpec): string {
  const parts = [spec.usage, "[options]"];
  if (spec.positionals) {
    const { min = 0 } = spec.positionals;
    parts.push(min > 0 ? positionalUsage(spec.positionals) : `[${positionalUsage(spec.positionals)}]`);
  }
  if (spec.passThrough) parts.push("[-- <argument…>]");
  return parts.join(" ");
}

function positionalUsage({ name, usage, max = Infinity }: PositionalSpec): string {
  return usage ?? (max === 1 ? `<${name}>` : `<${name}…>`);
}

function withChoices(description: string, choices: readonly string[] | undefined): string {
  return choices?.length ? `${description} (one of: ${choices.join(", ")})` : description;
}

/** The arguments the command parses, and those after `--` it passes on. */
function split(spec: CommandSpec, argv: readonly string[]) {
  const end = spec.passThrough ? argv.indexOf("--") : -1;
  return end === -1 ? { own: [...argv], rest: [] } : { own: argv.slice(0, end), rest: argv.slice(end + 1) };
}

function parseOptions(spec: CommandSpec) {
  return Object.fromEntries(
    Object.entries(spec.options).map(([name, { type, short }]) => [name, short ? { type, short } : { type }]),
  );
}

type Token = NonNullable<ReturnType<typeof parseArgs>["tokens"]>[number];

/** What is wrong, from the error strict `parseArgs` threw and the tokens of a lenient parse. */
function describe(spec: CommandSpec, error: unknown, tokens: readonly Token[]): string {
  const code = (error as { code?: string }).code;
  const options = tokens.flatMap((t) =>
    t.kind === "option" ? [{ ...t, spec: optionOf(spec, t.name) }] : [],
  );
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const flag = options.find((t) => !t.spec)?.rawName ?? "?";
    const near = closest(flag.replace(/^-+/, ""), Object.keys(spec.options));
    return `unknown option '${flag}'${near ? ` (did you mean '--${near}'?)` : ""}`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const valued = options.find((t) => t.spec?.[1].type === "boolean" && t.value !== undefined);
    if (valued) return `option '--${valued.spec![0]}' takes no value`;
    const unvalued = options.find((t) => t.spec?.[1].type === "string");
    if (unvalued)
      return `option '--${unvalued.spec![0]} <${unvalued.spec![1].value ?? "value"}>' needs a value`;
  }
  return (error as Error).message;
}

/** The option a token names (by its long name or its short one), as `[name, spec]`. */
function optionOf(spec: CommandSpec, name: string): [string, OptionSpec] | undefined {
  return Object.entries(spec.options).find(([long, o]) => long === name || o.short === name);
}

function checkChoices(spec: CommandSpec, values: Record<string, unknown>) {
  for (const [name, o] of Object.entries(spec.options)) {
    const value = values[name];
    const choices = o.choices?.();
    if (typeof value === "string" && choices && !choices.includes(value))
      throw usageError(spec, `--${name} '${value}' is not one of: ${choices.join(", ")}`);
  }
}

function checkPositionals(spec: CommandSpec, positionals: readonly string[]) {
  const p = spec.positionals;
  const { min = 0, max = p ? Infinity : 0 } = p ?? {};
  if (positionals.length > max) {
    const takes = p ? `it takes ${positionalUsage(p)}` : "it takes none";
    throw usageError(spec, `unexpected argument '${positionals[max]}' (${takes})`);
  }
  if (p && positionals.length < min) throw usageError(spec, `missing ${positionalUsage(p)}`);
  const choices = p?.choices?.();
  const wrong = choices && positionals.find((v) => !choices.includes(v));
  if (wrong) throw usageError(spec, `unknown ${p!.name} '${wrong}' (one of: ${choices.join(", ")})`);
}

/** The candidate a typo of `word` is likely to be: one edit away, two for longer words. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  const allowed = word.length < 3 ? 0 : word.length < 6 ? 1 : 2;
  const scored = candidates.map((c) => [c, editDistance(word, c)] as const).filter(([, d]) => d <= allowed);
  return scored.sort((a, b) => a[1] - b[1])[0]?.[0];
}

/** Levenshtein distance. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}
