import { hmac } from "@noble/hashes/hmac";
import { sha256 } from "@noble/hashes/sha2";
import { base64urlToText, bytesToBase64url, textToBase64url } from "./base64url";

const encoder = new TextEncoder();

/**
 * Encodes an offset as an opaque cursor: base64url of the offset and an HMAC over it and
 * `scope` (e.g. the query's filters), so a tampered cursor, or one reused with other filters,
 * fails to decode.
 */
export function encodeCursor(offset: number, secret: string, scope = ""): string {
  if (!(Number.isSafeInteger(offset) && offset >= 0))
    throw new RangeError(`offset must be an integer >= 0, got ${offset}`);
  return textToBase64url(`${offset}.${sign(offset, secret, scope)}`);
}

/** The offset in a cursor made by `encodeCursor` with the same secret and scope; undefined otherwise. */
export function decodeCursor(cursor: string, secret: string, scope = ""): number | undefined {
  const decoded = base64urlToText(cursor) ?? "";
  const match = /^(\d{1,15})\.[A-Za-z0-9_-]+$/.exec(decoded);
  if (!match?.[1]) return undefined;
  const offset = Number(match[1]);
  // Re-encoding rejects every variant the lenient base64url decoder would accept.
  return encodeCursor(offset, secret, scope) === cursor ? offset : undefined;
}

function sign(offset: number, secret: string, scope: string): string {
  const mac = hmac(sha256, encoder.encode(secret), encoder.encode(`${offset}|${scope}`));
  return bytesToBase64url(mac).slice(0, 16);
}
