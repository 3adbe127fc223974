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

/** The fields of a deactivate member (`UserRef`). */
export const REF_FIELDS: Fields = { remoteId: "string", id: "string" };

/** The documented bounds of a batch body's `users`. */
export const MIN_MEMBERS = 1;
export const MAX_MEMBERS = 200;

export type Members<T> = { ok: true; members: T[] } | { ok: false; message: string };

/**
 * Reads `{users: [...]}` as the spec's request schema says: 1..200 objects, each with a non-empty
 * `remoteId` and known fields of the right type (unknown fields are ignored). The first violation
 * rejects the whole body, as a schema-validating server would.
 */
export function readMembers<T extends { remoteId: string }>(body: unknown, fields: Fields): Members<T> {
  const users = isObject(body) ? body.users : undefined;
  if (users === undefined) return fail("users is required");
  if (!Array.isArray(users)) return fail("users must be an array");
  if (users.length < MIN_MEMBERS) return fail("users must contain at least one item");
  if (users.length > MAX_MEMBERS) return fail(`users must contain at most ${MAX_MEMBERS} items`);
  for (const [i, member] of users.entries()) {
    if (!isObject(member)) return fail(`users[${i}] must be an object`);
    if (typeof member.remoteId !== "string" || member.remoteId === "")
      return fail(`users[${i}].remoteId is required`);
    for (const [name, type] of Object.entries(fields)) {
      if (member[name] !== undefined && typeof member[name] !== type)
        return fail(`users[${i}].${name} must be a ${type}`);
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
