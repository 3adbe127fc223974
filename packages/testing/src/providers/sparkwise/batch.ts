import type { RouteContext } from "../../provider";
import type { FakeResponse } from "../../response";
import { hexId } from "./data";
import { failure, success } from "./envelope";
import { readMembers, REF_FIELDS, TEMPLATE_FIELDS, UPSERT_NAMES } from "./members";
import type { SparkwiseAuth, SparkwiseState, SparkwiseUser } from "./types";

type Ctx = RouteContext<SparkwiseState, SparkwiseAuth>;
type Template = { remoteId: string; firstName?: string; lastName?: string; active?: boolean; email?: string };
type Ref = Record<string, unknown>;
type Failure = { user: Record<string, unknown>; error: string };

/** The prefix of a `remoteId` that the fake refuses to upsert, so tests can provoke a per-member failure. */
export const INVALID_PREFIX = "invalid-";

/**
 * `POST /users/batch-upsert`: creates or updates each member, matched by `remoteId`, in order. A
 * member fails (and changes nothing) when its `email` is outside the trusted domains or its
 * `remoteId` starts with `invalid-`. Each written member records the effect `upsert:<remoteId>`.
 */
export function upsertUsers(ctx: Ctx): FakeResponse {
  const read = readMembers<Template>(ctx.body, TEMPLATE_FIELDS, UPSERT_NAMES);
  if (!read.ok) return failure(400, read.message);
  const index = byRemoteId(ctx.state.users);
  const written: SparkwiseUser[] = [];
  const failed: Failure[] = [];
  for (const member of read.members) {
    const existing = index.get(member.remoteId);
    const reason = rejection(ctx.state, member);
    if (reason) {
      failed.push({ user: existing ? { ...existing } : asUser(member), error: reason });
      continue;
    }
    const user = existing ?? create(ctx, member.remoteId, index);
    if (member.firstName !== undefined) user.firstName = member.firstName;
    if (member.lastName !== undefined) user.lastName = member.lastName;
    if (member.active !== undefined) user.active = member.active;
    ctx.effect("upsert", member.remoteId);
    written.push({ ...user });
  }
  return success({ success: written, failed });
}

/**
 * `POST /users/batch-deactivate`: a soft deactivation (the user stays listed with `active: false`).
 * The body's names are `state.deactivateBody` (`{users: [{remoteId}]}` by default); a key of `id`
 * matches Sparkwise's id, any other key `remoteId`. An unknown user fails with "User not found",
 * the member echoed as `user`. Each deactivated member records `deactivate:<its key>`;
 * deactivating an inactive user succeeds again.
 */
export function deactivateUsers(ctx: Ctx): FakeResponse {
  const names = ctx.state.deactivateBody;
  const read = readMembers<Ref>(ctx.body, REF_FIELDS, names);
  if (!read.ok) return failure(400, read.message);
  const index = names.key === "id" ? byId(ctx.state.users) : byRemoteId(ctx.state.users);
  const written: SparkwiseUser[] = [];
  const failed: Failure[] = [];
  for (const ref of read.members) {
    const key = ref[names.key] as string;
    const user = index.get(key);
    if (!user) {
      failed.push({ user: { ...ref }, error: "User not found" });
      continue;
    }
    user.active = false;
    ctx.effect("deactivate", key);
    written.push({ ...user });
  }
  return success({ success: written, failed });
}

function rejection(state: SparkwiseState, member: Template): string | undefined {
  if (member.remoteId.startsWith(INVALID_PREFIX)) return "This user cannot be processed";
  const domain = member.email?.split("@").pop()?.toLowerCase();
  if (domain !== undefined && state.trustedDomains && !state.trustedDomains.includes(domain))
    return "User is not using a trusted domain";
  return undefined;
}

function create(ctx: Ctx, remoteId: string, index: Map<string, SparkwiseUser>): SparkwiseUser {
  const user: SparkwiseUser = { id: hexId(ctx.rng), active: true, remoteId };
  ctx.state.users.push(user);
  index.set(remoteId, user);
  return user;
}

/** A failed member as the result reports it: the template's user fields (an e-mail is not a user field). */
function asUser({ remoteId, firstName, lastName, active }: Template): Record<string, unknown> {
  return JSON.parse(JSON.stringify({ remoteId, firstName, lastName, active })) as Record<string, unknown>;
}

function byId(users: readonly SparkwiseUser[]): Map<string, SparkwiseUser> {
  return new Map(users.map((user) => [user.id, user]));
}

function byRemoteId(users: readonly SparkwiseUser[]): Map<string, SparkwiseUser> {
  const index = new Map<string, SparkwiseUser>();
  for (const user of users)
    if (user.remoteId !== undefined && !index.has(user.remoteId)) index.set(user.remoteId, user);
  return index;
}
