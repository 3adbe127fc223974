import { valueAt } from "./filter";
import type { MercuryBotUser } from "./data";

/** One `sortBy` entry: `+field` ascends, `-field` descends. */
export interface SortKey {
  readonly field: string;
  readonly descending: boolean;
}

type Compare = (a: MercuryBotUser, b: MercuryBotUser) => number;

/** Booleans, then numbers, then strings, then anything else; a missing value sorts last either way. */
const RANK: Record<string, number> = { boolean: 0, number: 1, string: 2 };

function compareValues(a: unknown, b: unknown): number {
  const ra = RANK[typeof a] ?? 3;
  const rb = RANK[typeof b] ?? 3;
  if (ra !== rb) return ra - rb;
  if (ra === 3) return compareText(JSON.stringify(a), JSON.stringify(b));
  return a === b ? 0 : (a as number) < (b as number) ? -1 : 1;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const missing = (v: unknown): boolean => v === undefined || v === null;

/**
 * The order of a page: the `sortBy` keys over the users' properties, then `userId` ascending, so
 * that the order is total and a `startId` marks one position in it. Without `sortBy`: by `userId`.
 */
export function userOrder(keys: readonly SortKey[]): Compare {
  return (a, b) => {
    for (const { field, descending } of keys) {
      const x = valueAt(a.properties, field);
      const y = valueAt(b.properties, field);
      if (missing(x) || missing(y)) {
        if (missing(x) !== missing(y)) return missing(x) ? 1 : -1;
        continue;
      }
      const order = compareValues(x, y);
      if (order !== 0) return descending ? -order : order;
    }
    return compareText(a.userId, b.userId);
  };
}
