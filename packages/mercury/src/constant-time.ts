/**
 * Compares two byte arrays in time that depends only on their lengths, never on where they first
 * differ, so that a forged signature cannot be found byte by byte from response times.
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length != b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff == 0;
}
