import { describe, expect, it } from "vitest";
import { schemaFormats } from "../src/spec/schema-formats.js";

describe("schemaFormats", () => {
  it.each([
    ["date-time", "2024-02-29T23:59:60.123Z", true],
    ["date-time", "2024-06-01T10:00:00+02:00", true],
    ["date-time", "2023-02-29T10:00:00Z", false],
    ["date-time", "2024-06-01 10:00", false],
    ["date-time", "2024-06-01T24:00:00Z", false],
    ["date", "2000-02-29", true],
    ["date", "1900-02-29", false],
    ["date", "2024-13-01", false],
    ["email", "ann@example.com", true],
    ["email", "ann@example", false],
    ["uuid", "3f2b8c1e-9d4a-4e6b-8f10-2a3b4c5d6e7f", true],
    ["uuid", "3f2b8c1e-9d4a-4e6b-8f10", false],
  ] as const)("%s %s: %s", (format, text, valid) => {
    expect(schemaFormats[format](text)).toBe(valid);
  });
});
