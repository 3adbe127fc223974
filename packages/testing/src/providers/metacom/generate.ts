import type { Rng } from "../../rng";
import type { MetacomState, MetacomUser } from "./state";

const FIRST = "anna bram daan eva fleur jan lotte milan noor sanne thijs zoe".split(" ");
const LAST = "bakker de-vries jansen visser smit meijer mulder bos dekker peters".split(" ");
const LOCALES = "en-GB nl-NL de-DE fr-FR".split(" ");
const DEPARTMENTS = "Finance Operations Sales Support Engineering".split(" ");
/** 2020-01-01T00:00:00Z in seconds: the first generated ObjectId's timestamp is just after it. */
const EPOCH = 1_577_836_800;
const DAY = 86_400_000;

/**
 * `count` users with ascending ObjectId-like `_id`s (seconds since the epoch, a fixed 5-byte
 * "machine" part, an incrementing counter — the layout of a real ObjectId), created minutes to
 * hours apart; about 60% of them have reference data.
 */
export function generateUsers(rng: Rng, count: number, environmentId: string) {
  const users: MetacomUser[] = [];
  const referenceData: MetacomState["referenceData"] = {};
  const machine = hex(rng.int(0, 0xfffff), 5) + hex(rng.int(0, 0xfffff), 5);
  let seconds = EPOCH;
  let counter = rng.int(0, 0xffffff);
  for (let i = 0; i < count; i++) {
    seconds += rng.int(60, 3 * 3600);
    counter = (counter + 1) & 0xffffff;
    const id = `${hex(seconds, 8)}${machine}${hex(counter, 6)}`;
    const user = generateUser(rng, i, id, seconds * 1000 + rng.int(0, 999), users, environmentId);
    users.push(user);
    if (rng.chance(0.6)) referenceData[id] = referenceOf(rng, i);
  }
  return { users, referenceData };
}

function generateUser(
  rng: Rng,
  i: number,
  _id: string,
  created: number,
  earlier: MetacomUser[],
  env: string,
) {
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  const username = `${first}.${last}.${i}@example.com`;
  const locale = rng.pick(LOCALES);
  const modified = created + rng.int(0, 30 * DAY);
  const creator = earlier.length > 0 && rng.chance(0.5) ? rng.pick(earlier)._id : "system";
  const name = `${cap(first)} ${cap(last)}`;
  const membership = {
    name,
    email: username,
    language: locale.slice(0, 2),
    locale,
    active: rng.chance(0.85),
    admin: rng.chance(0.1),
  };
  const user: MetacomUser = {
    _id,
    username,
    profile: { environments: { [env]: membership } },
    _createdOn: iso(created),
    _createdByUserId: creator,
    _lastModifiedOn: iso(modified),
    _lastModifiedByUserId: rng.chance(0.5) ? null : creator,
    globalEmails: [{ address: username, verified: rng.chance(0.8) }],
  };
  if (rng.chance(0.7)) user.lastLogin = iso(modified + rng.int(0, 90 * DAY));
  return user;
}

function referenceOf(rng: Rng, i: number): Record<string, unknown> {
  return {
    employeeNumber: `E-${10_000 + i}`,
    costCenter: `CC-${rng.int(100, 999)}`,
    department: rng.pick(DEPARTMENTS),
  };
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");
const iso = (ms: number) => new Date(ms).toISOString();
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
