/** The security schemes core can send, in words: what `pnpm generate` answers a spec naming another. */
export const SENDABLE_SCHEMES = 'an http scheme "bearer" or an apiKey scheme in: header';

/**
 * Whether core can send a scheme's credential: an `http` `bearer` scheme (`Authorization: Bearer`)
 * or an `apiKey` scheme `in: header`; not an apiKey in the query or a cookie, nor another `http`
 * scheme (`basic`, `digest`), OAuth 2 or OpenID Connect.
 */
export function canSend(scheme: { type?: unknown; scheme?: unknown; in?: unknown }): boolean {
  return scheme.type == "http"
    ? String(scheme.scheme).toLowerCase() == "bearer"
    : scheme.type == "apiKey" && scheme.in == "header";
}
