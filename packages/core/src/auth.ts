/** Returns a token; `refresh` is true when the last one was refused with a 401. */
export type TokenProvider = (context: { refresh: boolean }) => string | Promise<string>;

/** How a client authenticates. Build one with `bearerAuth`, `headerAuth` or `combineAuth`. */
export interface Auth {
  /** Sets the credential headers on an outgoing request. */
  apply(headers: Headers): void | Promise<void>;
  /** Names of the headers it sets: they are stripped on a cross-origin redirect. */
  readonly headerNames: readonly string[];
  /** Every credential value it has sent, so they can be redacted. */
  secrets(): Iterable<string>;
  /** Fetches a fresh credential after a 401 to a request sent with `sent`; absent when nothing can be refreshed. */
  refresh?(sent: Headers): Promise<void>;
}

/** A header with a fixed value (an API key, an environment id). */
export function headerAuth(name: string, value: string): Auth {
  return {
    apply: (headers) => headers.set(name, value),
    headerNames: [name.toLowerCase()],
    secrets: () => [value],
  };
}

/**
 * `Authorization: Bearer <token>`, from a string or a token provider. With a provider, a 401 causes
 * one refresh shared by every request that was refused with the same token (single flight), after
 * which each of them is replayed once.
 */
export function bearerAuth(token: string | TokenProvider): Auth {
  if (typeof token === "string") {
    return { ...headerAuth("authorization", `Bearer ${token}`), secrets: () => [token] };
  }
  const seen = new Set<string>();
  let latest: string | undefined;
  let pending: Promise<string> | undefined;
  const load = (refresh: boolean) => {
    pending ??= Promise.resolve(token({ refresh })).then(
      (t) => {
        seen.add(t);
        latest = t;
        pending = undefined;
        return t;
      },
      (error) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  return {
    async apply(headers) {
      headers.set("authorization", `Bearer ${latest ?? (await load(false))}`);
    },
    headerNames: ["authorization"],
    secrets: () => seen,
    async refresh(sent) {
      // Another request already replaced the token that was refused: nothing to do.
      if (sent.get("authorization") === `Bearer ${latest}`) await load(true);
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
    refresh: refreshable.length
      ? async (sent) => void (await Promise.all(refreshable.map((p) => p.refresh!(sent))))
      : undefined,
  };
}
