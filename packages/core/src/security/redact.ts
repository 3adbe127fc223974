const MASK = "[redacted]";
/**
 * Credentials worth masking even when the client does not know the value: `Bearer`/`Basic`
 * credentials, `user:password@` in URLs, and key-bearing query values; the spec adds the prefixes
 * of its own credentials (`x-credential.prefix`).
 */
const KNOWN =
  /\b(Bearer|Basic) +[\w.~+/=-]+|(\/\/)[^/?#@\s]+@|([?&][^=&#\s]*(?:key|token|secret|passw|sig|auth)[^=&#\s]*=)[^&#\s]*/gi;
/** Body fields whose value is a credential whatever it looks like. */
const SECRET_FIELD =
  /^(authorization|x-api-key|api[-_]?key|(access|refresh|id)?[-_]?token|secret|client[-_]?secret|password)$/i;

export type Redact = (text: string) => string;

/** Secrets this short could stand inside unrelated words: they are masked only where they stand alone. */
const SHORT = 3;
const escape = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");

/** Masks a short secret where no letter or digit touches it (`qa1` in `/envs/qa1/` but not in `aqa1b`). */
const alone = (text: string, secret: string) =>
  text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(secret)}(?![\\p{L}\\p{N}])`, "gu"), MASK);

/**
 * Returns a function that masks every known secret, credentials starting with one of `prefixes`,
 * known credential shapes and key-bearing query values.
 * Every secret is masked, whatever its length: one of more than three characters wherever it
 * appears, a shorter one wherever it stands alone.
 */
export function createRedactor(secrets: () => Iterable<string>, prefixes: readonly string[] = []): Redact {
  const known = prefixes.length
    ? new RegExp(`${KNOWN.source}|${prefixes.map((p) => `\\b${escape(p)}[\\w-]+`).join("|")}`, "gi")
    : KNOWN;
  return (text) => {
    // `Headers` trims a value: what went out (and may be echoed back) is the trimmed secret
    const short: string[] = [];
    for (let secret of secrets()) {
      secret = secret.trim();
      if (secret.length > SHORT) text = text.split(secret).join(MASK);
      else if (secret) short.push(secret);
    }
    text = text.replace(known, (_, scheme, slashes, param) =>
      scheme ? `${scheme} ${MASK}` : slashes ? `//${MASK}@` : (param ?? "") + MASK,
    );
    // last: a short secret inside a credential the patterns above masked whole is gone by now
    for (const secret of short) if (text.includes(secret)) text = alone(text, secret);
    return text;
  };
}

/** Depth past which a body is not copied: a hostile body nested thousands deep must not exhaust the stack. */
const MAX_DEPTH = 64;

/**
 * A deep copy of a parsed body with every string redacted, and credential-named fields masked.
 * Whatever lies deeper than `MAX_DEPTH` levels is replaced by a note.
 */
export function redactValue(value: unknown, redact: Redact, depth = 0): unknown {
  if (typeof value == "string") return redact(value);
  if (!value || typeof value != "object") return value;
  if (depth >= MAX_DEPTH) return "[nested too deep]";
  if (Array.isArray(value)) return value.map((v) => redactValue(v, redact, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      redact(k),
      SECRET_FIELD.test(k) ? MASK : redactValue(v, redact, depth + 1),
    ]),
  );
}

/**
 * Redacts an error in place: its message and stack (runtime errors can quote URLs and headers), its
 * own string properties, and so on down its `cause` chain (what `util.inspect` prints).
 */
export function scrub<E>(error: E, redact: Redact, depth = 0): E {
  if (!(error instanceof Error) || depth > 8) return error;
  const own = error as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(error)) {
    const value = own[key];
    try {
      if (typeof value == "string") own[key] = redact(value);
      else if (key == "cause") own[key] = scrubCause(value, redact, depth);
    } catch {
      // a read-only property of a runtime's error: left as it is
    }
  }
  return error;
}

const scrubCause = (cause: unknown, redact: Redact, depth: number) =>
  cause instanceof Error
    ? scrub(cause, redact, depth + 1)
    : typeof cause == "string"
      ? redact(cause)
      : redactValue(cause, redact, depth + 1);
