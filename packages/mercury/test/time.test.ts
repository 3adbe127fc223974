import { describe, expect, it } from "vitest";
import { ValidationError, parseLastInteractionTime } from "../src/index.js";

describe("parseLastInteractionTime", () => {
  it.each([
    ["2020-03-17 16:54:06", "2020-03-17T16:54:06.000Z"],
    ["2020-03-17 16:54:06.0", "2020-03-17T16:54:06.000Z"],
    ["2020-03-18 08:01:12.5", "2020-03-18T08:01:12.500Z"],
    ["2021-06-30 22:15:31.25", "2021-06-30T22:15:31.250Z"],
    ["2021-06-30 22:15:31.125", "2021-06-30T22:15:31.125Z"],
    ["2021-06-30 22:15:31.1239", "2021-06-30T22:15:31.123Z"],
    ["2021-06-30 22:15:31.99999", "2021-06-30T22:15:31.999Z"],
    ["2021-06-30 22:15:31.000001", "2021-06-30T22:15:31.000Z"],
    ["2021-06-30 22:15:31.1234567", "2021-06-30T22:15:31.123Z"],
    ["2021-06-30 22:15:31.12345678", "2021-06-30T22:15:31.123Z"],
    ["2021-06-30 22:15:31.123456789", "2021-06-30T22:15:31.123Z"],
    ["2024-02-29 23:59:59.9", "2024-02-29T23:59:59.900Z"],
    ["0042-01-01 00:00:00.0", "0042-01-01T00:00:00.000Z"],
  ])("reads %s as UTC: %s", (input, iso) => {
    expect(parseLastInteractionTime(input).toISOString()).toBe(iso);
  });

  it("assumes UTC whatever the local zone: the wall-clock digits are the UTC ones", () => {
    const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process
      .env;
    const zone = env.TZ;
    env.TZ = "Asia/Kolkata"; // UTC+05:30, no daylight saving
    try {
      const date = parseLastInteractionTime("2020-03-17 16:54:06.0");
      expect(date.getTime()).toBe(Date.UTC(2020, 2, 17, 16, 54, 6));
      expect(date.getTimezoneOffset()).toBe(-330);
      expect(date.getTime()).not.toBe(new Date(2020, 2, 17, 16, 54, 6).getTime());
    } finally {
      if (zone === undefined) delete env.TZ;
      else env.TZ = zone;
    }
  });

  it.each([
    ["ISO 8601", "2020-03-17T16:54:06.0Z", "pattern"],
    ["a zone", "2020-03-17 16:54:06.0 UTC", "pattern"],
    ["ten fraction digits", "2020-03-17 16:54:06.1234567890", "pattern"],
    ["an empty fraction", "2020-03-17 16:54:06.", "pattern"],
    ["no seconds", "2020-03-17 16:54", "pattern"],
    ["February 29 of a common year", "2021-02-29 00:00:00.0", "date"],
    ["month 13", "2021-13-01 00:00:00.0", "date"],
    ["hour 24", "2021-01-01 24:00:00.0", "date"],
    ["a leap second", "2016-12-31 23:59:60.0", "date"],
  ])("refuses %s with a ValidationError", (_name, input, rule) => {
    expect(() => parseLastInteractionTime(input)).toThrow(ValidationError);
    expect(() => parseLastInteractionTime(input)).toThrow(
      expect.objectContaining({ field: "lastInteractionTime", rule }),
    );
  });

  it("refuses a value that is not a string", () => {
    expect(() => parseLastInteractionTime(null as never)).toThrow(ValidationError);
  });
});
