import { ValidationError } from "@clientele/core";

type Kind = "string" | "boolean";

/** The documented fields of an upsert member (`UserTemplate`) and their types. */
export const TEMPLATE_FIELDS: Readonly<Record<string, Kind>> = {
  firstName: "string",
  lastName: "string",
  active: "boolean",
  email: "string",
};

/** The fields of a deactivate member (`UserRef`) besides `remoteId`. */
export const REF_FIELDS: Readonly<Record<string, Kind>> = { id: "string" };

/**
 * Checks batch members before anything is sent: each is an object with a non-empty `remoteId`
 * (the member's identity, by which the server reports failures), no `remoteId` twice, and the
 * documented fields of the right type. The field is named as in the request body: `users[3].remoteId`.
 */
export function checkMembers(members: readonly unknown[], fields: Readonly<Record<string, Kind>>): void {
  if (!Array.isArray(members)) fail("users", "type", "must be an array");
  const seen = new Map<string, number>();
  members.forEach((member, i) => {
    const at = `users[${i}]`;
    if (typeof member != "object" || member === null) return fail(at, "type", "must be an object");
    const { remoteId } = member as Record<string, unknown>;
    if (typeof remoteId != "string" || remoteId === "")
      fail(`${at}.remoteId`, "required", "must be a non-empty string");
    const first = seen.get(remoteId as string);
    if (first !== undefined)
      fail(`${at}.remoteId`, "unique", `repeats users[${first}].remoteId; send each user once`);
    seen.set(remoteId as string, i);
    for (const [name, kind] of Object.entries(fields)) {
      const value = (member as Record<string, unknown>)[name];
      if (value !== undefined && typeof value != kind) fail(`${at}.${name}`, "type", `must be a ${kind}`);
    }
  });
}

function fail(field: string, rule: string, message: string): never {
  throw new ValidationError(`${field} ${message}`, field, rule);
}
