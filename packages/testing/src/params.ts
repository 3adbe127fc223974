export interface IntRule {
  /** Used when the parameter is absent (or empty). Without one, an absent parameter is an error. */
  readonly default?: number;
  readonly min?: number;
  readonly max?: number;
  /** Clamp out-of-range values into [min, max] instead of rejecting them. @default false */
  readonly clamp?: boolean;
}

export type IntResult =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/** Reads an integer query parameter by a rule; the caller turns a failure into its provider's 400. */
export function readInt(query: URLSearchParams, name: string, rule: IntRule = {}): IntResult {
  const raw = query.get(name);
  if (raw === null || raw === "") {
    return rule.default === undefined ? fail(`${name} is required`) : { ok: true, value: rule.default };
  }
  if (!/^-?\d+$/.test(raw)) return fail(`${name} must be an integer, got "${raw}"`);
  const value = Number(raw);
  const min = rule.min ?? Number.MIN_SAFE_INTEGER;
  const max = rule.max ?? Number.MAX_SAFE_INTEGER;
  if (value >= min && value <= max) return { ok: true, value };
  if (rule.clamp) return { ok: true, value: Math.min(max, Math.max(min, value)) };
  return fail(`${name} must be between ${min} and ${max}, got ${value}`);
}

function fail(message: string): IntResult {
  return { ok: false, message };
}
