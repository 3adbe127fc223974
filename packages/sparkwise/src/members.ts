import { ValidationError } from "@clientele/core";

type Kind = "string" | "boolean";

/** The documented fields of an upsert member (`UserTemplate`) and their types. */
export const TEMPLATE_FIELDS: Readonly<Record<string, Kind>> = {
  firstName: "string",
  lastName: "string",
  active: "boolean",
  email: "string",
};

/** The fields of a deactivate member (`UserRef`) besides its key. */
export const REF_FIELDS: Readonly<Record<string, Kind>> = { id: "string" };

/** Where the members go in the request body, and the field that identifies each. */
export interface MemberNames {
  readonly property: string;
  readonly key: string;
}

/** The upsert body's names: `{users: [{remoteId, …}]}`. */
export const UPSERT_NAMES: MemberNames = { property: "users", key: "remoteId" };

/**
 * Checks batch members before anything is sent: each is an object with a non-empty key (the
 * member's identity, by which the server reports failures; `remoteId` unless configured), no key
 * twice, and the documented fields of the right type. The field is named as in the request body:
 * `users[3].remoteId`.
 */
export function checkMembers(
  members: readonly unknown[],
  fields: Readonly<Record<string, Kind>>,
  { property, key }: MemberNames,
): void {
  if (!Array.isArray(members)) fail(property, "type", "must be an array");
  const seen = new Map<string, number>();
  members.forEach((member, i) => {
    const at = `${property}[${i}]`;
    if (typeof member != "object" || member === null) return fail(at, "type", "must be an object");
    const id = (member as Record<string, unknown>)[key];
    if (typeof id != "string" || id === "") fail(`${at}.${key}`, "required", "must be a non-empty string");
    const first = seen.get(id as string);
    if (first !== undefined)
      fail(`${at}.${key}`, "unique", `repeats ${property}[${first}].${key}; send each user once`);
    seen.set(id as string, i);
    for (const [name, kind] of Object.entries(fields)) {
      const value = (member as Record<string, unknown>)[name];
      if (name !== key && value !== undefined && typeof value != kind)
        fail(`${at}.${name}`, "type", `must be a ${kind}`);
    }
  });
}

function fail(field: string, rule: string, message: string): never {
  throw new ValidationError(`${field} ${message}`, field, rule);
}
