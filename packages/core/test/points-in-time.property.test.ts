/**
 * Property: a point in time given to a parameter in any form the spec accepts (a `Date`, epoch
 * milliseconds, an ISO 8601 date-time with any offset) is sent as that same instant, in the form
 * `x-serialize` declares; anything else is refused with a `ValidationError` naming the parameter.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { type OperationMeta, ValidationError } from "../src/index.js";
import { prepareParams } from "../src/request/validate.js";
import { generated, saveFiguresAfterAll } from "./property/figures.js";
import { describeError, holds } from "./property/invariants.js";
import { params } from "./property/settings.js";

saveFiguresAfterAll();

const op = (query: NonNullable<OperationMeta["params"]>["query"]): OperationMeta => ({
  id: "op",
  params: { query },
});
const utc = op({ from: { type: "string", format: "date-time", utc: true } });
const epoch = op({
  startDate: {
    epochMs: true,
    oneOf: [
      { type: "integer", minimum: 0 },
      { type: "string", format: "date-time" },
    ],
  },
});

/** An instant between 1970 and 2100, whole milliseconds. */
const instant = fc.integer({ min: 0, max: 4_102_444_800_000 });
/** An offset in minutes, as ISO 8601 writes them (±hh:mm), up to ±14:00. */
const offset = fc.integer({ min: -14 * 60, max: 14 * 60 });

/** `ms` written in local time at `minutes` east of UTC, with that offset (`Z` for zero, sometimes). */
function writeAt(ms: number, minutes: number, zulu: boolean): string {
  const local = new Date(ms + minutes * 60_000).toISOString().slice(0, -1);
  if (minutes === 0 && zulu) return `${local}Z`;
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

const sent = (meta: OperationMeta, name: string, value: unknown) =>
  prepareParams(meta, "/x", { query: { [name]: value } }).query?.[name];

describe("points in time (property)", () => {
  it("x-serialize: utc sends the same instant, in UTC with a Z, whatever the offset it was written with", () => {
    fc.assert(
      fc.property(instant, offset, fc.boolean(), fc.boolean(), (ms, minutes, zulu, asDate) => {
        generated();
        const given = asDate ? new Date(ms) : writeAt(ms, minutes, zulu);
        const out = sent(utc, "from", given);
        holds(out === new Date(ms).toISOString(), () => `${String(given)} was sent as ${String(out)}`);
      }),
      params(300),
    );
  });

  it("x-serialize: epoch-ms sends a Date or epoch text as the same milliseconds; an ISO string as it is", () => {
    fc.assert(
      fc.property(instant, offset, fc.constantFrom("date", "number", "text", "iso"), (ms, minutes, form) => {
        generated();
        const iso = writeAt(ms, minutes, true);
        const given = { date: new Date(ms), number: ms, text: String(ms), iso }[form];
        const out = sent(epoch, "startDate", given);
        const expected = form == "iso" ? iso : ms;
        holds(out === expected, () => `${String(given)} (${form}) was sent as ${String(out)}`);
      }),
      params(300),
    );
  });

  it("an absurd epoch (negative, fractional, huge, NaN, Infinity, as number or text) is sent as a non-negative integer or refused", () => {
    const absurd = fc.oneof(
      fc.double(),
      fc.integer({ min: -1e15, max: 1e17 }),
      fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, 1e400, -0, Number.NaN),
    );
    fc.assert(
      fc.property(absurd, fc.boolean(), (n, asText) => {
        generated();
        const given = asText ? String(n) : n;
        let out: unknown;
        let error: unknown;
        try {
          out = sent(epoch, "startDate", given);
        } catch (e) {
          error = e;
        }
        holds(
          error instanceof ValidationError
            ? error.field === "query.startDate"
            : Number.isInteger(out) && (out as number) >= 0,
          () => `${String(given)}: ${error ? describeError(error) : `sent as ${String(out)}`}`,
        );
      }),
      params(300),
    );
  });

  it("anything that is not an instant is refused with a ValidationError naming the parameter", () => {
    const notInstant = fc.oneof(
      fc.string({ maxLength: 30 }).filter((s) => Number.isNaN(Date.parse(s)) || !/\d{4}-\d\d-\d\d/.test(s)),
      // a date-time without an offset: its instant depends on the machine's time zone
      instant.map((ms) => new Date(ms).toISOString().slice(0, -1)),
      fc.constant(new Date(Number.NaN)),
    );
    fc.assert(
      fc.property(notInstant, (value) => {
        generated();
        let error: unknown;
        try {
          sent(utc, "from", value);
        } catch (e) {
          error = e;
        }
        holds(
          error instanceof ValidationError && error.field === "query.from",
          () => `${JSON.stringify(String(value))}: ${error ? describeError(error) : "accepted"}`,
        );
      }),
      params(300),
    );
  });
});
