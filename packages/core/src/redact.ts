const MASK = "[redacted]";
/**
 * Credentials worth masking even when the client does not know the value: Not AI keys,
 * `Bearer`/`Basic` credentials, `user:password@` in URLs, and key-bearing query values.
 */
const KNOWN =
  /\baik_v1_[\w-]+|\b(Bearer|Basic) +[\w.~+/=-]+|(\/\/)[^/?#@\s]+@|([?&][^=&#\s]*(?:key|token|secret|passw|sig|auth)[^=&#\s]*=)[^&#\s]*/gi;
/** Body fields whose value is a credential whatever it looks like. */
const SECRET_FIELD =
  /^(authorization|x-api-key|api[-_]?key|(access|refresh|id)?[-_]?token|secret|client[-_]?secret|password)$/i;

export type Redact = (text: string) => string;

/** Returns a function that masks every known secret, known key shapes and key-bearing query values. */
export function createRedactor(secrets: () => Iterable<string>): Redact {
  return (text) => {
    // `Headers` trims a value: what went out (and may be echoed back) is the trimmed secret
    for (let secret of secrets())
      if ((secret = secret.trim()).length > 3) text = text.split(secret).join(MASK);
    return text.replace(KNOWN, (_, scheme, slashes, param) =>
      scheme ? `${scheme} ${MASK}` : slashes ? `//${MASK}@` : (param ?? "") + MASK,
    );
  };
}

/** A deep copy of a parsed body with every string redacted, and credential-named fields masked. */
export function redactValue(value: unknown, redact: Redact): unknown {
  if (typeof value == "string") return redact(value);
  if (!value || typeof value != "object") return value;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, redact));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [redact(k), SECRET_FIELD.test(k) ? MASK : redactValue(v, redact)]),
  );
}

/** Redacts an error's message and stack in place (runtime errors can quote URLs and headers). */
export function scrub<E>(error: E, redact: Redact): E {
  if (error instanceof Error) {
    error.message = redact(error.message);
    error.stack &&= redact(error.stack);
  }
  return error;
}
