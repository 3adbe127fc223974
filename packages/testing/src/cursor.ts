import { createHmac } from "node:crypto";

/**
 * Encodes an offset as an opaque cursor: base64url of the offset and an HMAC over it and
 * `scope` (e.g. the query's filters), so a tampered cursor, or one reused with other filters,
 * fails to decode.
 */
export function encodeCursor(offset: number, secret: string, scope = ""): string {
  if (!(Number.isSafeInteger(offset) && offset >= 0))
    throw new RangeError(`offset must be an integer >= 0, got ${offset}`);
  return Buffer.from(`${offset}.${sign(offset, secret, scope)}`, "utf8").toString("base64url");
}

/** The offset in a cursor made by `encodeCursor` with the same secret and scope; undefined otherwise. */
export function decodeCursor(cursor: string, secret: string, scope = ""): number | undefined {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  const match = /^(\d{1,15})\.[A-Za-z0-9_-]+$/.exec(decoded);
  if (!match?.[1]) return undefined;
  const offset = Number(match[1]);
  // Re-encoding rejects every variant the lenient base64url decoder would accept.
  return encodeCursor(offset, secret, scope) === cursor ? offset : undefined;
}

function sign(offset: number, secret: string, scope: string): string {
  return createHmac("sha256", secret).update(`${offset}|${scope}`).digest("base64url").slice(0, 16);
}
