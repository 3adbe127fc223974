const MASK = "[redacted]";
/** Shapes of credentials worth masking even when the client does not know the value. */
const KNOWN_PATTERNS = /\b(aik_v1_[\w-]+|Bearer\s+[\w.~+/=-]+)/gi;
const SECRET_QUERY = /([?&][^=&#]*(?:key|token|secret|password|signature|auth)[^=&#]*=)[^&#]*/gi;

export type Redact = (text: string) => string;

/** Returns a function that masks every given secret, known key shapes and key-bearing query values. */
export function createRedactor(secrets: () => Iterable<string>): Redact {
  return (text) => {
    let out = text.replace(KNOWN_PATTERNS, (m) =>
      m.toLowerCase().startsWith("bearer") ? `Bearer ${MASK}` : MASK,
    );
    for (const secret of secrets()) if (secret.length >= 4) out = out.split(secret).join(MASK);
    return out.replace(SECRET_QUERY, `$1${MASK}`);
  };
}

/** A deep copy of a parsed body with every string redacted. */
export function redactValue(value: unknown, redact: Redact): unknown {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, redact));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, redact)]));
  }
  return value;
}
