import { describe, expect, it } from "vitest";
import { base64urlToText, bytesToBase64url, textToBase64url } from "../src/base64url";

describe("bytesToBase64url", () => {
  it("encodes like Node's Buffer, without padding", () => {
    for (let length = 0; length < 40; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + length * 31) % 256);
      expect(bytesToBase64url(bytes)).toBe(Buffer.from(bytes).toString("base64url"));
    }
  });
});

describe("textToBase64url / base64urlToText", () => {
  it("round-trips UTF-8 text", () => {
    for (const text of ["", "40.abc", "ünïcødé ✓", "a?b/c+d"]) {
      expect(textToBase64url(text)).toBe(Buffer.from(text, "utf8").toString("base64url"));
      expect(base64urlToText(textToBase64url(text))).toBe(text);
    }
  });

  it("refuses what is not base64url", () => {
    expect(base64urlToText("a+b/")).toBeUndefined();
    expect(base64urlToText("abcde")).toBeUndefined();
    expect(base64urlToText("ab==")).toBeUndefined();
  });
});
