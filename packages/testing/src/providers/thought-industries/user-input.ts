import { applyGrants, type Grants, LICENSE_ARRAYS } from "./grants";
import type { TiUser } from "./types";
import { names } from "./users-data";

type Body = Record<string, unknown>;

const STRINGS = [
  "email",
  "firstName",
  "lastName",
  "externalCustomerId",
  "role",
  "clientSku",
  "clientSlug",
  "clientId",
];
const BOOLEANS = ["upsert", "sendInvite", "replaceLicenseAccess"];
const ARRAYS = [
  ...LICENSE_ARRAYS,
  "courseIds",
  "courseSlugs",
  "courseSkus",
  "bundleSlugs",
  "learningPathSlugs",
];
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** The first type error of a create or update body, as the API's validation message. */
export function typeProblem(body: Body): string | undefined {
  for (const name of STRINGS)
    if (name in body && typeof body[name] != "string") return `${name} must be a string`;
  for (const name of BOOLEANS)
    if (name in body && typeof body[name] != "boolean") return `${name} must be a boolean`;
  for (const name of ARRAYS) {
    const value = body[name];
    if (name in body && !(Array.isArray(value) && value.every((v) => typeof v == "string")))
      return `${name} must be an array of strings`;
  }
  if (typeof body.email == "string" && !EMAIL.test(body.email)) return "email is not a valid e-mail address";
  return undefined;
}

/**
 * Applies a create/update body to a user: only the fields sent change (a partial update). Licence
 * grants merge unless `replaceLicenseAccess` (then the licence arrays sent replace them all).
 * Bundles and client SKUs/slugs are accepted and not modelled.
 */
export function applyInput(user: TiUser, body: Body, grants: Grants, now: string): TiUser {
  if (typeof body.email == "string") user.email = body.email;
  if ("firstName" in body || "lastName" in body) {
    const first = (body.firstName ?? user.firstName ?? null) as string | null;
    Object.assign(user, names(first, (body.lastName ?? user.lastName ?? null) as string | null));
  }
  if (typeof body.externalCustomerId == "string") user.externalCustomerId = body.externalCustomerId;
  if (typeof body.role == "string") user.roleKey = body.role;
  if (typeof body.clientId == "string") user.clientId = body.clientId;
  applyGrants(user, body, grants);
  user.updatedAt = now;
  return user;
}
