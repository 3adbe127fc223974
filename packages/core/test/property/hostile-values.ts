import fc from "fast-check";

/** A `Retry-After` (or `retry-after-ms`, `X-RateLimit-Reset`) value from the whole value space. */
export type HintValue =
  { kind: "text"; text: string } | { kind: "date"; deltaMs: number } | { kind: "bad-date"; text: string };

export const hintValue: fc.Arbitrary<HintValue> = fc.oneof(
  fc.record({
    kind: fc.constant("text" as const),
    text: fc.oneof(
      fc.integer({ min: 0, max: 120 }).map(String),
      fc.constantFrom(
        "0",
        "1",
        "2592000", // 30 days
        "2147484", // just over 2^31 - 1 ms
        "4294968",
        "9999999999999",
        "1e400",
        "1e3",
        "1.5",
        "-1",
        "-0",
        "Infinity",
        "-Infinity",
        "NaN",
        "0x10",
        " 5 ",
        "5, 7",
        "",
        "   ",
        "9".repeat(400),
      ),
      fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String),
      fc.double().map(String),
      fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n\0]/g, "")),
    ),
  }),
  fc.record({
    kind: fc.constant("date" as const),
    deltaMs: fc.oneof(
      fc.integer({ min: -10_000_000, max: 200_000 }),
      fc.integer({ min: 2 ** 31 - 10_000, max: 2 ** 33 }),
      fc.constantFrom(30 * 86_400_000, 1e12, 8e15),
    ),
  }),
  fc.record({
    kind: fc.constant("bad-date" as const),
    text: fc.constantFrom(
      "Mon, 32 Foo 2025 25:61:61 GMT",
      "Fri, 31 Dec 275760 00:00:00 GMT",
      "Sat, 01 Jan 100000 00:00:00 GMT",
      "Wed, 21 Oct 2015 07:28:00",
      "tomorrow",
    ),
  }),
);

/** The header text of a hint, rendered when the response is made (dates are relative to then). */
export function renderHint(hint: HintValue, now: number): string {
  if (hint.kind != "date") return hint.text;
  const date = new Date(now + hint.deltaMs);
  return Number.isNaN(date.getTime()) ? "Invalid Date" : date.toUTCString();
}

/**
 * The least wait a hint obliges a client to make before the next attempt, in ms, when it is a valid
 * RFC 9110 value (`delta-seconds` digits, or an HTTP date); undefined otherwise.
 */
export function obligedWait(header: string, text: string, now: number): number | undefined {
  const digits = /^\d+$/.test(text);
  if (header == "retry-after-ms") return digits ? Number(text) : undefined;
  if (header != "retry-after") return undefined;
  if (digits) return Number(text) * 1000;
  const date = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(text)
    ? Date.parse(text)
    : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Waits beyond what `maxRetryAfterMs` may be, including beyond what one timer can hold. */
export const maxRetryAfter = fc.option(
  fc.constantFrom(0, 1_000, 60_000, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 30 * 86_400_000, 1e12, Infinity),
  { nil: undefined },
);
