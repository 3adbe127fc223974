import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "../src/cursor";
import { readInt } from "../src/params";

describe("encodeCursor / decodeCursor", () => {
  it("round-trips an offset as an opaque base64url token", () => {
    const cursor = encodeCursor(40, "s1");
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain("40");
    expect(decodeCursor(cursor, "s1")).toBe(40);
  });

  it("is base64url of the offset and the first 16 characters of an HMAC-SHA256", () => {
    const mac = createHmac("sha256", "s1").update("40|search=ann").digest("base64url").slice(0, 16);
    expect(encodeCursor(40, "s1", "search=ann")).toBe(Buffer.from(`40.${mac}`).toString("base64url"));
  });

  it("refuses a tampered, foreign or re-scoped cursor", () => {
    const cursor = encodeCursor(40, "s1", "search=ann");
    const forged = Buffer.from(Buffer.from(cursor, "base64url").toString().replace(/^40/, "41")).toString(
      "base64url",
    );
    expect(decodeCursor(forged, "s1", "search=ann")).toBeUndefined();
    expect(decodeCursor(cursor, "s2", "search=ann")).toBeUndefined();
    expect(decodeCursor(cursor, "s1", "search=bob")).toBeUndefined();
    expect(decodeCursor(`${cursor}x`, "s1", "search=ann")).toBeUndefined();
    expect(decodeCursor("", "s1")).toBeUndefined();
  });
});

describe("readInt", () => {
  const query = new URLSearchParams("size=500&bad=1.5&neg=-1");
  it.each([
    ["size", { max: 200 }, { ok: false }],
    ["size", { max: 200, clamp: true }, { ok: true, value: 200 }],
    ["bad", {}, { ok: false }],
    ["neg", { min: 0, clamp: true }, { ok: true, value: 0 }],
    ["missing", { default: 25 }, { ok: true, value: 25 }],
    ["missing", {}, { ok: false }],
  ] as const)("%s with %j", (name, rule, want) => {
    expect(readInt(query, name, rule)).toMatchObject(want);
  });
});
