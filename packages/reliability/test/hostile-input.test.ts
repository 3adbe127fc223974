import { ValidationError } from "@clientele/core";
import { describe, expect, it } from "vitest";
import { count } from "./support/tally";
import { SUBJECTS } from "./support/subjects";

/** Path parameter values that must arrive as exactly one segment that decodes back to themselves. */
const ONE_SEGMENT = [
  "../admin",
  "a/b?c=d#e",
  "%2e%2e",
  "%2E%2E%2F",
  "..%2F",
  ".%2e",
  "...",
  "./x",
  "x/..",
  "\\..\\admin",
  "a\\b",
  "%",
  "%zz",
  "%00",
  "a b+c&d=e;f,g",
  "?",
  "#",
  "@",
  "~user",
  "ünïcødé",
  "日本語",
  "😀",
  "\u202etxt.exe",
  "tab\there",
  "line\nbreak",
  "a".repeat(2_000),
];

/** Values no encoding can send safely (URL parsing resolves them), or that name no resource. */
const REFUSED = [".", "..", ""];

describe.each(SUBJECTS)("$name: hostile input", ({ start }) => {
  it("path parameters arrive as one segment, decoded exactly to what was given", async () => {
    const fake = await start();
    const { byPath } = fake.client({ retry: false });
    if (!byPath) return void expect(fake.server.ledger.count()).toBe(0);
    const index = byPath.route.split("/").findIndex((part) => part.startsWith("{"));
    for (const value of ONE_SEGMENT) {
      count("hostileInputs");
      await byPath.call(value);
      const entry = fake.server.requests.at(-1)!;
      // the route the fake matched, and the one segment it decoded (as its router does: once)
      expect({ value, route: entry.route }).toEqual({ value, route: byPath.route });
      expect(decodeURIComponent(entry.path.split("/")[index]!)).toBe(value);
    }
    expect(fake.server.ledger.count()).toBe(ONE_SEGMENT.length);
  });

  it("`.`, `..` and the empty string are refused before anything is sent", async () => {
    const fake = await start();
    const { byPath } = fake.client({ retry: false });
    if (!byPath) return;
    const name = /\{([^}]+)\}/.exec(byPath.route)![1];
    for (const value of REFUSED) {
      count("hostileInputs");
      const error = await byPath.call(value).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ field: `path.${name}` });
    }
    expect(fake.server.ledger.count()).toBe(0);
  });

  it("out-of-range, wrong-typed and malformed inputs are refused before anything is sent", async () => {
    const fake = await start();
    const { invalid } = fake.client({ retry: false });
    const outcomes = [];
    for (const { label, field, run } of invalid) {
      count("hostileInputs");
      // refused at once (thrown) or when the call runs (rejected): either way before sending
      const error = await Promise.resolve()
        .then(run)
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      outcomes.push({
        label,
        refused: error instanceof ValidationError,
        field: (error as ValidationError | undefined)?.field,
      });
    }
    expect(outcomes).toEqual(invalid.map(({ label, field }) => ({ label, refused: true, field })));
    expect(fake.server.ledger.count()).toBe(0);
  });
});
