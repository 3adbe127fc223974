/** The version bump a set of spec changes requires. */
import type { Change } from "./types.ts";

export type Bump = "major" | "minor" | "patch";

const RANK: Record<Bump, number> = { patch: 1, minor: 2, major: 3 };

/** Whether `given` is at least as strong as `needed` (major > minor > patch). */
export const covers = (given: Bump, needed: Bump) => RANK[given] >= RANK[needed];

export const strongest = (bumps: Bump[]): Bump | undefined =>
  bumps.reduce<Bump | undefined>((best, b) => (!best || RANK[b] > RANK[best] ? b : best), undefined);

export const isBump = (value: unknown): value is Bump =>
  value === "major" || value === "minor" || value === "patch";

export interface Requirement {
  bump: Bump;
  /** Why this bump, in one sentence (printed in reports and changesets). */
  reason: string;
}

const ZERO_X =
  "in a 0.x package (semver's 0.x convention: a breaking change bumps the minor version, anything else the patch version)";

/**
 * `status` "added": a new package needs at least a minor (its initial release); otherwise the strongest
 * class decides: breaking → major, non-breaking → minor, documentation → patch, each one step lower for 0.x.
 */
export function requiredBump(
  changes: Change[],
  version: string,
  status: "added" | "changed" = "changed",
): Requirement | undefined {
  if (status === "added") return { bump: "minor", reason: "a new package (its initial release)" };
  const zeroX = /^0\./.test(version);
  if (changes.some((c) => c.class === "breaking"))
    return zeroX
      ? { bump: "minor", reason: `breaking changes ${ZERO_X}` }
      : { bump: "major", reason: "breaking changes" };
  if (changes.some((c) => c.class === "non-breaking"))
    return zeroX
      ? { bump: "patch", reason: `non-breaking changes ${ZERO_X}` }
      : { bump: "minor", reason: "non-breaking changes" };
  if (changes.length) return { bump: "patch", reason: "documentation changes only" };
  return undefined;
}

/** The bump that took `from` to `to` (`0.1.0` → `0.2.0`: minor), if `to` is higher. */
export function bumpBetween(from: string, to: string): Bump | undefined {
  const [a, b] = [from, to].map((v) => v.split(/[.+-]/).slice(0, 3).map(Number)) as [number[], number[]];
  for (const [i, bump] of (["major", "minor", "patch"] as const).entries()) {
    if (b[i]! > a[i]!) return bump;
    if (b[i]! < a[i]!) return undefined;
  }
  return undefined;
}
