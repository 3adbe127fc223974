/** The parts of an `x-hub-signature` header. */
export interface SignatureHeader {
  /** The signing time in Unix seconds, as sent (it is part of the signed text). */
  readonly timestamp: string;
  /** Every `sig` in the header, as bytes (more than one may appear while a key is rotated). */
  readonly signatures: readonly Uint8Array[];
}

const TIMESTAMP = /^\d{1,12}$/;
const HEX_SHA256 = /^[0-9a-fA-F]{64}$/;

/**
 * Parses `t=<unix seconds>,sig=<64 hex digits>` strictly: `key=value` parts separated by commas
 * (spaces around them allowed), exactly one `t`, at least one `sig`, every `sig` well-formed;
 * unknown keys are ignored. Anything else gives `undefined`.
 */
export function parseSignatureHeader(header: unknown): SignatureHeader | undefined {
  if (typeof header != "string") return undefined;
  const times: string[] = [];
  const signatures: Uint8Array[] = [];
  for (const part of header.split(",")) {
    const eq = part.indexOf("=");
    if (eq < 1) return undefined;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key == "t") times.push(value);
    else if (key == "sig") {
      if (!HEX_SHA256.test(value)) return undefined;
      signatures.push(hexToBytes(value));
    }
  }
  const [timestamp] = times;
  if (times.length != 1 || !TIMESTAMP.test(timestamp!) || signatures.length == 0) return undefined;
  return { timestamp: timestamp!, signatures };
}

function hexToBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}
