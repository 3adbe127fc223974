import type { ResolvedOptions } from "../../options";
import type { Rng } from "../../rng";
import { generateUsers } from "./generate";
import { compareIds } from "./ids";

/** One user document as the fake stores it (the REST shape; no secret login material). */
export interface MetacomUser {
  _id: string;
  username: string;
  profile: { environments?: Record<string, Record<string, unknown>>; [key: string]: unknown };
  _createdOn: string;
  _createdByUserId?: string;
  _lastModifiedOn?: string;
  _lastModifiedByUserId?: string | null;
  globalEmails?: { address: string; verified: boolean }[];
  lastLogin?: string;
  [key: string]: unknown;
}

/** A long-lived token minted through the API; it authenticates as its user from then on. */
export interface MintedToken {
  readonly token: string;
  readonly userId: string;
  readonly createdOn: string;
  readonly name?: string;
  readonly expiresAt?: string;
}

/** The fake's mutable state. `users` is kept ascending by `_id` (the keyset order). */
export interface MetacomState {
  users: MetacomUser[];
  /** Reference data by user id; a user without an entry has `{}`. */
  referenceData: Record<string, Record<string, unknown>>;
  /** Every token minted so far, in order. */
  tokens: MintedToken[];
  /** Users a password-reset e-mail went to, in order. */
  passwordResets: string[];
  /** Users whose 2FA enrolment was reset, in order. */
  twoFactorResets: string[];
  /** Shapes the documentation leaves open; switch them to test a client against either. */
  variants: {
    /** `GET /users/{userId}`: `data` as the docs' one-element array (default) or as the object. */
    userData: "array" | "object";
    /** The last page's `pagination.next`: left out (default) or `null`. */
    lastPageNext: "absent" | "null";
  };
}

/** The credentials the fake accepts: a bearer token and the environment it may act in. */
export interface MetacomAuth {
  token: string;
  environmentId: string;
}

/** Builds the state from `records` (users in the REST shape, any order) or `users` generated users. */
export function createMetacomState(options: ResolvedOptions<MetacomAuth>, rng: Rng): MetacomState {
  if (Array.isArray(options.records)) {
    const users = (options.records as MetacomUser[]).map((u) => structuredClone(u));
    return freshState(
      users.sort((a, b) => compareIds(a._id, b._id)),
      {},
    );
  }
  const { users, referenceData } = generateUsers(rng, options.users, options.auth.environmentId);
  return freshState(users, referenceData);
}

function freshState(users: MetacomUser[], referenceData: MetacomState["referenceData"]): MetacomState {
  const variants = { userData: "array", lastPageNext: "absent" } as const;
  return {
    users,
    referenceData,
    tokens: [],
    passwordResets: [],
    twoFactorResets: [],
    variants: { ...variants },
  };
}
