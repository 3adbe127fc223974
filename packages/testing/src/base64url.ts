/**
 * base64url without padding, for text and bytes, with no Node built-in (`Buffer`): the fakes also
 * run in a browser, behind msw.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The base64url form of `bytes`, without `=` padding. */
export function bytesToBase64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The base64url form of the UTF-8 bytes of `text`. */
export function textToBase64url(text: string): string {
  return bytesToBase64url(encoder.encode(text));
}

/**
 * The UTF-8 text that `value` encodes, or undefined when it is not base64url. Decoding is lenient
 * (as Node's is); callers that need one canonical form compare after re-encoding.
 */
export function base64urlToText(value: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(value) || value.length % 4 === 1) return undefined;
  const binary = atob(
    value
      .replace(/-/g, "+")
      .replace(/_/g, "/")
      .padEnd(Math.ceil(value.length / 4) * 4, "="),
  );
  return decoder.decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}
