import type { MetacomUser } from "./state";

/**
 * The keyset order of `_id`s, as MongoDB sorts them: legacy 17-character string ids before
 * ObjectIds (BSON orders strings before ObjectIds), then by code unit.
 */
export function compareIds(a: string, b: string): number {
  const rank = (id: string) => (/^[0-9a-f]{24}$/.test(id) ? 1 : 0);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The index of the user with `_id === id`, or -1 (binary search, then a scan if the order was broken). */
export function indexOfUser(users: readonly MetacomUser[], id: string): number {
  let lo = 0;
  let hi = users.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const order = compareIds(users[mid]!._id, id);
    if (order === 0) return mid;
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return users.findIndex((u) => u._id === id);
}
