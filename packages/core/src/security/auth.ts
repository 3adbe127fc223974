import { invalid } from "../errors/invalid.js";

/** Returns a token; `refresh` is true when the last one was refused with a 401. */
export type TokenProvider = (context: { refresh: boolean }) => string | Promise<string>;

/** How a client authenticates. Build one with `bearerAuth`, `headerAuth` or `combineAuth`. */
export interface Auth {
  /** Sets the credential headers on an outgoing request. */
  apply(headers: Headers): void | Promise<void>;
  /** Names (lower case) of the headers it sets: never sent to another origin on a redirect. */
  readonly headerNames: readonly string[];
  /** Every credential value it has sent, so that they can be redacted. */
  secrets(): Iterable<string>;
  /** Gets a fresh credential after a 401 to a request sent with `sent`; absent when nothing can be refreshed. */
  refresh?(sent: Headers): Promise<void>;
}

/**
 * A header with a fixed value: an API key in a named header, an environment id. A value no header
 * can carry (a line break or NUL inside, a character beyond U+00FF) is refused here, with a
 * `ValidationError` that does not quote it, rather than by `fetch` on every request.
 */
export function headerAuth(name: string, value: string): Auth {
  if (/[\0\r\n]|[^\0-\xff]/.test(value.trim()))
    invalid(name, "header-value", `the ${name} credential holds a character no header can carry`);
  return {
    apply: (headers) => headers.set(name, value),
    headerNames: [name.toLowerCase()],
    secrets: () => [value],
  };
}

/**
 * `Authorization: Bearer <token>`, from a string or a token provider. With a provider, a 401 causes
 * one refresh, shared by every request that was refused with the same token (single flight); each
 * of them is then replayed once with the new token.
 */
export function bearerAuth(token: string | TokenProvider): Auth {
  if (typeof token == "string")
    return { ...headerAuth("authorization", `Bearer ${token}`), secrets: () => [token] };
  const seen = new Set<string>();
  let latest: string | undefined;
  let pending: Promise<string> | undefined;
  const load = (refresh: boolean) => {
    if (!pending) {
      pending = Promise.resolve({ refresh })
        .then(token)
        .then((fresh) => (seen.add(fresh), (latest = fresh)));
      pending.finally(() => (pending = undefined)).catch(() => undefined);
    }
    return pending;
  };
  return {
    async apply(headers) {
      // A refresh in flight means the current token was refused: wait for its successor.
      headers.set("authorization", `Bearer ${await (pending ?? latest ?? load(false))}`);
    },
    headerNames: ["authorization"],
    secrets: () => seen,
    async refresh(sent) {
      // Only the first request refused with the current token refreshes; the others wait for it.
      if (sent.get("authorization") == `Bearer ${latest}`) await load(true);
      else await pending;
    },
  };
}

/** Several credentials sent together (Metacom's bearer token and `environment-id`). */
export function combineAuth(...parts: Auth[]): Auth {
  const refreshable = parts.filter((p) => p.refresh);
  return {
    async apply(headers) {
      for (const p of parts) await p.apply(headers);
    },
    headerNames: parts.flatMap((p) => p.headerNames),
    secrets: () => parts.flatMap((p) => [...p.secrets()]),
    refresh:
      refreshable[0] && (async (sent) => void (await Promise.all(refreshable.map((p) => p.refresh!(sent))))),
  };
}
