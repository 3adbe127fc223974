import { ValidationError } from "@clientele/core";
import { constantTimeEqual } from "./constant-time.js";
import { parseSignatureHeader } from "./signature-header.js";

export interface VerifyOptions {
  /**
   * The largest accepted distance, in seconds, between the header's `t` and now, either way
   * (replay protection). Mercury documents no window. `Infinity` turns the check off.
   * @default 300
   */
  toleranceSeconds?: number;
  /** The current time, as ms since the epoch or a `Date` (tests, replays of stored events). @default Date.now() */
  now?: number | Date;
}

const encoder = new TextEncoder();

/**
 * Verifies Mercury's `x-hub-signature` header, `t=<unix seconds>,sig=<hex>`, where `sig` is the
 * HMAC-SHA256 of `<t>:<raw body>` under the webhook's shared key. Resolves `true` only when the
 * header is well-formed, `t` is within `toleranceSeconds` of now and a `sig` matches; the
 * comparison takes constant time. Pass the body exactly as received (bytes, or the text of
 * exactly those bytes): JSON that was parsed and serialised again will not verify.
 *
 * Uses only WebCrypto (`globalThis.crypto.subtle`), so it runs in Node 20+, browsers, Deno, Bun
 * and edge runtimes. Throws a `ValidationError` for a missing secret or bad options: those are
 * mistakes in the receiver, not in the request.
 * @example
 * const ok = await verifyWebhookSignature(await request.text(), request.headers.get("x-hub-signature"), secret);
 * if (!ok) return new Response("bad signature", { status: 401 });
 */
export async function verifyWebhookSignature(
  body: string | ArrayBufferView | ArrayBuffer,
  header: string | null | undefined,
  secret: string,
  options: VerifyOptions = {},
): Promise<boolean> {
  const bytes = bodyBytes(body);
  if (typeof secret != "string" || !secret) fail("secret", "required", "must be the webhook's shared key");
  const { toleranceSeconds = 300, now = Date.now() } = options;
  if (!(toleranceSeconds >= 0)) fail("toleranceSeconds", "minimum", "must be a number of seconds >= 0");
  const nowMs = +now;
  if (!Number.isFinite(nowMs)) fail("now", "type", "must be a time in ms or a valid Date");
  const parsed = parseSignatureHeader(header);
  if (!parsed) return false;
  if (Math.abs(nowMs / 1000 - Number(parsed.timestamp)) > toleranceSeconds) return false;
  const expected = await hmacSha256(secret, concat(encoder.encode(`${parsed.timestamp}:`), bytes));
  let matched = false;
  for (const signature of parsed.signatures) matched = constantTimeEqual(expected, signature) || matched;
  return matched;
}

async function hmacSha256(secret: string, data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle)
    throw new TypeError(
      "verifyWebhookSignature needs WebCrypto (globalThis.crypto.subtle): Node 20+, a browser or an edge runtime",
    );
  const key = await subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return new Uint8Array(await subtle.sign("HMAC", key, data));
}

function bodyBytes(body: unknown): Uint8Array {
  if (typeof body == "string") return encoder.encode(body);
  // not `instanceof`: a body from another realm (a worker, a vm context) must work too
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  if (Object.prototype.toString.call(body) == "[object ArrayBuffer]")
    return new Uint8Array(body as ArrayBuffer);
  return fail(
    "body",
    "type",
    "must be the raw body: a string, a Uint8Array (or other view) or an ArrayBuffer",
  );
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function fail(field: string, rule: string, message: string): never {
  throw new ValidationError(`${field} ${message}`, field, rule);
}
