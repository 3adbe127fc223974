import type { ThoughtIndustriesState, TiUser } from "./types";

/**
 * The user a path names: by id, else by e-mail address (case-insensitively), else by
 * `externalCustomerId` (documented for `updateStatus`). `ref` is the path segment decoded once.
 */
export function findUser(state: ThoughtIndustriesState, ref: string): TiUser | undefined {
  const lower = ref.toLowerCase();
  return (
    state.users.find((u) => u.id === ref) ??
    state.users.find((u) => u.email.toLowerCase() === lower) ??
    state.users.find((u) => u.externalCustomerId === ref)
  );
}

/** The user with this e-mail address, case-insensitively. */
export function findByEmail(state: ThoughtIndustriesState, email: string): TiUser | undefined {
  const lower = email.toLowerCase();
  return state.users.find((u) => u.email.toLowerCase() === lower);
}
