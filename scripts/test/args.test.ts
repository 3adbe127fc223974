import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CommandSpec, defineCommand, helpText, parseCommand, UsageError } from "../lib/args.ts";

const command = defineCommand({
  usage: "pnpm example",
  summary: "Does the example thing.",
  options: {
    check: { type: "boolean", description: "only check" },
    base: { type: "string", value: "ref", description: "compare with this ref" },
    live: { type: "string", value: "provider", description: "go live", choices: () => ["acme", "zeta"] },
    verbose: { type: "boolean", short: "v", description: "say more" },
  },
  positionals: { name: "provider", description: "the providers", max: 2, choices: () => ["acme", "zeta"] },
  examples: ["pnpm example acme --check"],
});

/** The one-line message `parseCommand` refuses `argv` with. */
function refusal(argv: string[], spec: CommandSpec = command): string {
  try {
    parseCommand(spec, argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`${argv.join(" ")} was accepted`);
}

describe("parseCommand", () => {
  it("reads options, short flags and positionals", () => {
    expect(parseCommand(command, ["acme", "--check", "--base", "main", "-v", "zeta"])).toEqual({
      values: { check: true, base: "main", verbose: true },
      positionals: ["acme", "zeta"],
      rest: [],
    });
    expect(parseCommand(command, ["--base=v1.0"])).toMatchObject({ values: { base: "v1.0" } });
  });

  it("answers --help and -h wherever they stand, even beside a mistake", () => {
    expect(parseCommand(command, ["--help"])).toBe("help");
    expect(parseCommand(command, ["acme", "-h"])).toBe("help");
    expect(parseCommand(command, ["--nope", "--help"])).toBe("help");
  });

  it("refuses an unknown option by name, suggesting the one it resembles", () => {
    expect(refusal(["--chek"])).toBe(
      "pnpm example: unknown option '--chek' (did you mean '--check'?); see pnpm example --help",
    );
    expect(refusal(["acme", "-x"])).toBe("pnpm example: unknown option '-x'; see pnpm example --help");
  });

  it("refuses a missing value, a value given to a flag, and a value outside the choices", () => {
    expect(refusal(["--base"])).toBe(
      "pnpm example: option '--base <ref>' needs a value; see pnpm example --help",
    );
    expect(refusal(["--check=yes"])).toBe(
      "pnpm example: option '--check' takes no value; see pnpm example --help",
    );
    expect(refusal(["--live", "omega"])).toBe(
      "pnpm example: --live 'omega' is not one of: acme, zeta; see pnpm example --help",
    );
  });

  it("refuses extra, missing and unknown positionals", () => {
    expect(refusal(["acme", "zeta", "acme"])).toBe(
      "pnpm example: unexpected argument 'acme' (it takes <provider…>); see pnpm example --help",
    );
    expect(refusal(["omega"])).toBe(
      "pnpm example: unknown provider 'omega' (one of: acme, zeta); see pnpm example --help",
    );
    const none = defineCommand({ usage: "pnpm none", summary: "", options: {}, examples: [] });
    expect(refusal(["x"], none)).toBe(
      "pnpm none: unexpected argument 'x' (it takes none); see pnpm none --help",
    );
    const one = defineCommand({
      usage: "pnpm one",
      summary: "",
      options: {},
      positionals: { name: "name", description: "", min: 1, max: 1 },
      examples: [],
    });
    expect(refusal([], one)).toBe("pnpm one: missing <name>; see pnpm one --help");
  });

  it("passes the arguments after -- on, unparsed, when the command says so", () => {
    const fuzz = defineCommand({
      usage: "pnpm fuzz",
      summary: "",
      options: {},
      positionals: { name: "filter", description: "" },
      passThrough: "for vitest",
      examples: [],
    });
    expect(parseCommand(fuzz, ["redirects", "--", "--reporter=dot", "-t", "x"])).toEqual({
      values: {},
      positionals: ["redirects"],
      rest: ["--reporter=dot", "-t", "x"],
    });
    expect(refusal(["--reporter=dot"], fuzz)).toMatch(
      /unknown option '--reporter=dot'|unknown option '--reporter'/,
    );
  });

  it("refuses every undeclared option, naming it as typed, in one line that points at --help", () => {
    const declared = new Set(["check", "base", "live", "verbose", "help", "v", "h"]);
    const name = fc
      .stringMatching(/^[a-z][a-z0-9-]{0,15}$/)
      .filter((n) => !declared.has(n) && !n.startsWith("no-") && !n.endsWith("-"));
    fc.assert(
      fc.property(name, fc.boolean(), (option, short) => {
        const flag = short ? `-${option[0]}` : `--${option}`;
        fc.pre(!short || !["v", "h"].includes(option[0]!));
        const message = refusal(["acme", flag]);
        expect(message).toContain(`unknown option '${flag}'`);
        expect(message).toMatch(/^pnpm example: .*; see pnpm example --help$/);
        expect(message).not.toContain("\n");
      }),
    );
  });
});

describe("helpText", () => {
  it("gives the usage, what it does, each argument and option with its choices, and an example", () => {
    expect(helpText(command)).toBe(
      [
        "Usage: pnpm example [options] [<provider…>]",
        "",
        "Does the example thing.",
        "",
        "Arguments:",
        "  <provider…>        the providers (one of: acme, zeta)",
        "",
        "Options:",
        "  --check            only check",
        "  --base <ref>       compare with this ref",
        "  --live <provider>  go live (one of: acme, zeta)",
        "  -v, --verbose      say more",
        "  -h, --help         print this help and exit",
        "",
        "Example:",
        "  pnpm example acme --check",
        "",
      ].join("\n"),
    );
  });
});
