const encoder = new TextEncoder();

export interface VerifyOptions {
  /** Reject signatures whose timestamp is further than this from now (replay protection). @default 300 */
  toleranceSeconds?: number;
  /** The current time in ms, for tests. @default Date.now() */
  now?: number;
}

/**
 * Verifies Mercury's webhook signature header (`t=<unix seconds>,sig=<hex HMAC-SHA256 of "<t>:<raw body>">`)
 * with WebCrypto, so it runs in Node, browsers and edge runtimes. The comparison is WebCrypto's
 * `verify`, which takes constant time. Pass the raw body exactly as received.
 */
export async function verifyWebhookSignature(
  body: string | Uint8Array,
  header: string,
  secret: string,
  options: VerifyOptions = {},
): Promise<boolean> {
  const parts = Object.fromEntries(header.split(",").map((p) => p.trim().split("=", 2) as [string, string]));
  const t = parts.t;
  const sig = parts.sig;
  if (!t || !/^\d+$/.test(t) || !sig || !/^[0-9a-fA-F]{64}$/.test(sig) || !secret) return false;
  const tolerance = options.toleranceSeconds ?? 300;
  if (Math.abs((options.now ?? Date.now()) / 1000 - Number(t)) > tolerance) return false;
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["verify"],
  );
  const raw = typeof body === "string" ? encoder.encode(body) : body;
  const signed = new Uint8Array(t.length + 1 + raw.length);
  signed.set(encoder.encode(`${t}:`));
  signed.set(raw, t.length + 1);
  const expected = new Uint8Array(sig.match(/../g)!.map((h) => parseInt(h, 16)));
  return crypto.subtle.verify("HMAC", key, expected, signed);
}
