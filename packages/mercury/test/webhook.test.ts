import { describe, expect, it } from "vitest";
import vector from "../../../specs/mercury/examples/webhook-signature.vector.json" with { type: "json" };
import { ValidationError, verifyWebhookSignature } from "../src/index.js";

const T = 1608018514;
const now = T * 1000; // the vector's own time: its 2020 timestamp is otherwise long stale
const SIG = vector.header.slice(vector.header.indexOf("sig=") + 4);

async function sign(secret: string, t: number | string, body: string): Promise<string> {
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey(
    "raw",
    enc.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, enc.encode(`${t}:${body}`)));
  return Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("");
}

describe("verifyWebhookSignature", () => {
  it("accepts the documented vector (TV-MA-07) at its own time, as text, bytes or an ArrayBuffer", async () => {
    const bytes = new TextEncoder().encode(vector.body);
    for (const body of [vector.body, bytes, bytes.buffer, new DataView(bytes.buffer)])
      expect(await verifyWebhookSignature(body, vector.header, vector.secret, { now })).toBe(true);
    expect(
      await verifyWebhookSignature(vector.body, vector.header, vector.secret, { now: new Date(now) }),
    ).toBe(true);
  });

  it("rejects the vector today: its timestamp is outside the default 300 s", async () => {
    expect(await verifyWebhookSignature(vector.body, vector.header, vector.secret)).toBe(false);
  });

  it("rejects a tampered body, signature, timestamp or secret", async () => {
    const flipped = SIG.slice(0, -1) + (SIG.endsWith("3") ? "4" : "3");
    const cases: [string, string, string][] = [
      ['{"type":"ping"} ', vector.header, vector.secret],
      ['{"type": "ping"}', vector.header, vector.secret],
      [vector.body, `t=${T},sig=${flipped}`, vector.secret],
      [vector.body, `t=${T + 1},sig=${SIG}`, vector.secret],
      [vector.body, vector.header, "whsec_test_124"],
    ];
    for (const [body, header, secret] of cases)
      expect(await verifyWebhookSignature(body, header, secret, { now }), header).toBe(false);
  });

  it.each([
    ["empty", ""],
    ["null", null],
    ["no t", `sig=${SIG}`],
    ["no sig", `t=${T}`],
    ["two t", `t=${T},t=${T},sig=${SIG}`],
    ["t with junk after it", `t=${T}=1,sig=${SIG}`],
    ["a negative t", `t=-${T},sig=${SIG}`],
    ["a fractional t", `t=${T}.5,sig=${SIG}`],
    ["a short sig", `t=${T},sig=${SIG.slice(2)}`],
    ["a non-hex sig", `t=${T},sig=${SIG.slice(0, -1)}g`],
    ["a part without =", `t=${T},sig=${SIG},v1`],
    ["the keys swapped", `sig=${T},t=${SIG}`],
    ["a trailing comma", `${vector.header},`],
  ])("rejects a malformed header: %s", async (_name, header) => {
    expect(await verifyWebhookSignature(vector.body, header, vector.secret, { now })).toBe(false);
  });

  it("allows spaces, upper-case hex, any order, unknown keys, and several sigs (any one matching)", async () => {
    for (const header of [
      ` t=${T} , sig=${SIG} `,
      `t=${T},sig=${SIG.toUpperCase()}`,
      `sig=${SIG},t=${T}`,
      `t=${T},v=2,sig=${SIG}`,
      `t=${T},sig=${"0".repeat(64)},sig=${SIG}`,
    ])
      expect(await verifyWebhookSignature(vector.body, header, vector.secret, { now }), header).toBe(true);
  });

  it("applies the tolerance both ways, inclusively, and Infinity turns it off", async () => {
    const at = (seconds: number, toleranceSeconds?: number) =>
      verifyWebhookSignature(vector.body, vector.header, vector.secret, {
        now: now + seconds * 1000,
        toleranceSeconds,
      });
    expect(await at(300)).toBe(true);
    expect(await at(-300)).toBe(true);
    expect(await at(301)).toBe(false);
    expect(await at(-301)).toBe(false);
    expect(await at(10, 5)).toBe(false);
    expect(await at(0, 0)).toBe(true);
    expect(await at(1e9, Infinity)).toBe(true);
  });

  it("verifies a fresh signature over UTF-8 text at the real current time", async () => {
    const body = JSON.stringify({ type: "message.received", text: "Grüße 👋" });
    const t = Math.floor(Date.now() / 1000);
    const header = `t=${t},sig=${await sign("s3cret", t, body)}`;
    expect(await verifyWebhookSignature(body, header, "s3cret")).toBe(true);
    expect(await verifyWebhookSignature(new TextEncoder().encode(body), header, "s3cret")).toBe(true);
  });

  it.each([
    ["an empty secret", [vector.body, vector.header, ""], "secret"],
    ["a missing body", [undefined, vector.header, vector.secret], "body"],
    [
      "a NaN tolerance",
      [vector.body, vector.header, vector.secret, { toleranceSeconds: Number.NaN }],
      "toleranceSeconds",
    ],
    [
      "a negative tolerance",
      [vector.body, vector.header, vector.secret, { toleranceSeconds: -1 }],
      "toleranceSeconds",
    ],
    ["an invalid now", [vector.body, vector.header, vector.secret, { now: new Date("nope") }], "now"],
  ])("throws a ValidationError for %s", async (_name, args, field) => {
    const call = (verifyWebhookSignature as (...a: unknown[]) => Promise<boolean>)(...args);
    await expect(call).rejects.toBeInstanceOf(ValidationError);
    await expect(call).rejects.toMatchObject({ field });
  });
});
