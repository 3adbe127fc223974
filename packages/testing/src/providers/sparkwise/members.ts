/** How a batch body's members are checked: the type of each known field. */
type Fields = Readonly<Record<string, "string" | "boolean">>;

/** The fields of an upsert member (`UserTemplate`). */
export const TEMPLATE_FIELDS: Fields = {
  remoteId: "string",
  firstName: "string",
  lastName: "string",
  active: "boolean",
  email: "string",
};

/** The fields of a deactivate member (`UserRef`) besides its key. */
export const REF_FIELDS: Fields = { remoteId: "string", id: "string" };

/** Where a batch body holds its members, and the field that identifies each. */
export interface MemberNames {
  readonly property: string;
  readonly key: string;
}

/** The upsert body's names (documented): `{users: [{remoteId, …}]}`. */
export const UPSERT_NAMES: MemberNames = { property: "users", key: "remoteId" };

/** The documented bounds of a batch body's `users`. */
export const MIN_MEMBERS = 1;
export const MAX_MEMBERS = 200;

export type Members<T> = { ok: true; members: T[] } | { ok: false; message: string };

/**
 * Reads `{users: [...]}` (or the members under `names.property`) as the spec's request schema
 * says: 1..200 objects, each with a non-empty `remoteId` (or `names.key`) and known fields of the
 * right type (unknown fields are ignored). The first violation rejects the whole body, as a
 * schema-validating server would.
 */
export function readMembers<T>(body: unknown, fields: Fields, names: MemberNames): Members<T> {
  const { property, key } = names;
  const users = isObject(body) ? body[property] : undefined;
  if (users === undefined) return fail(`${property} is required`);
  if (!Array.isArray(users)) return fail(`${property} must be an array`);
  if (users.length < MIN_MEMBERS) return fail(`${property} must contain at least one item`);
  if (users.length > MAX_MEMBERS) return fail(`${property} must contain at most ${MAX_MEMBERS} items`);
  for (const [i, member] of users.entries()) {
    if (!isObject(member)) return fail(`${property}[${i}] must be an object`);
    if (typeof member[key] !== "string" || member[key] === "")
      return fail(`${property}[${i}].${key} is required`);
    for (const [name, type] of Object.entries(fields)) {
      if (name !== key && member[name] !== undefined && typeof member[name] !== type)
        return fail(`${property}[${i}].${name} must be a ${type}`);
    }
  }
  return { ok: true, members: users as T[] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fail(message: string): Members<never> {
  return { ok: false, message };
}
