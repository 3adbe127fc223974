/**
 * Personal fields in recorded traffic: which they are, and how they are dropped or hashed. Pure
 * functions and WebCrypto only, so a recorder runs in every runtime a client runs in.
 */

/** What a recorder does with a personal field: keeps it, drops it, or replaces it with a salted hash. */
export type PersonalMode = "keep" | "drop" | "hash";

/**
 * Property names that hold personal data, compared without case, `-`, `_` or a dotted prefix
 * (`user.firstName` → `firstname`). Names of a person, contact details, birth dates, addresses.
 */
const PERSONAL_NAMES = new Set([
  "email",
  "emailaddress",
  "mail",
  "name",
  "firstname",
  "lastname",
  "middlename",
  "fullname",
  "displayname",
  "givenname",
  "familyname",
  "surname",
  "nickname",
  "username",
  "abbreviatedname",
  "firstinitial",
  "lastinitial",
  "invitedbyname",
  "phone",
  "phonenumber",
  "mobile",
  "mobilephone",
  "telephone",
  "address",
  "streetaddress",
  "street",
  "birthdate",
  "dateofbirth",
  "dob",
  "ipaddress",
]);

/** A value shaped like an e-mail address is personal under any property name (`format: email`). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether a property (or parameter) of this name holds personal data. */
export function isPersonalName(name: string): boolean {
  const last = name.slice(name.lastIndexOf(".") + 1);
  return PERSONAL_NAMES.has(last.replace(/[-_]/g, "").toLowerCase());
}

export const isEmail = (value: unknown): value is string => typeof value == "string" && EMAIL.test(value);

const hex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");

/**
 * A salted SHA-256 of a value, shortened to 64 bits, that keeps the value's type and shape: an
 * e-mail address stays an address (`<hash>@hashed.invalid`), a number stays a number, anything
 * else becomes hex text. The same value and salt always give the same hash, so records can still be
 * joined; without the salt, a short list of guesses cannot be tried against it.
 */
export async function hashValue(value: string | number, salt: string): Promise<string | number> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${salt}\0${value}`));
  const h = hex(digest).slice(0, 16);
  if (typeof value == "number") return Number.parseInt(h.slice(0, 8), 16);
  return isEmail(value) ? `${h}@hashed.invalid` : h;
}

const escapePointer = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

/** Depth past which nothing is examined: the body was already cut there by redaction. */
const MAX_DEPTH = 64;

/**
 * A copy of a parsed body with its personal fields dropped or hashed, and the JSON pointers of the
 * values it dropped or hashed (for a checker, which must not take a hash for a wrong value).
 */
export async function applyPersonal(
  value: unknown,
  mode: PersonalMode,
  salt: string,
): Promise<{ value: unknown; pointers: string[] }> {
  const pointers: string[] = [];
  if (mode == "keep") return { value, pointers };
  const hashAll = async (v: unknown, at: string, depth: number): Promise<unknown> => {
    if (typeof v == "string" || typeof v == "number") {
      pointers.push(at);
      return hashValue(v, salt);
    }
    if (!v || typeof v != "object" || depth >= MAX_DEPTH) return v;
    if (Array.isArray(v)) return Promise.all(v.map((item, i) => hashAll(item, `${at}/${i}`, depth + 1)));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(v))
      out[key] = await hashAll(item, `${at}/${escapePointer(key)}`, depth + 1);
    return out;
  };
  const walk = async (v: unknown, at: string, depth: number): Promise<unknown> => {
    if (isEmail(v)) return hashAll(v, at, depth);
    if (!v || typeof v != "object" || depth >= MAX_DEPTH) return v;
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      for (const [i, item] of v.entries()) {
        if (mode == "drop" && isEmail(item)) pointers.push(`${at}/${i}`);
        else out.push(await walk(item, `${at}/${i}`, depth + 1));
      }
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(v)) {
      const here = `${at}/${escapePointer(key)}`;
      // null says nothing personal, and dropping it would hide whether the field may be null
      if (item === null || !(isPersonalName(key) || isEmail(item)))
        out[key] = await walk(item, here, depth + 1);
      else if (mode == "drop") pointers.push(here);
      else out[key] = await hashAll(item, here, depth + 1);
    }
    return out;
  };
  return { value: await walk(value, "", 0), pointers };
}
