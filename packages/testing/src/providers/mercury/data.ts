import type { ResolvedOptions } from "../../options";
import type { Rng } from "../../rng";

/** A bot user as the API serves it (`BotUser` in specs/mercury/openapi.yaml). */
export interface MercuryBotUser {
  userId: string;
  firstName: string | null;
  lastName: string | null;
  /** `yyyy-MM-dd HH:mm:ss.f`, no zone (Java `Timestamp` style). */
  lastInteractionTime: string;
  properties: Record<string, unknown>;
}

/** A stored user: the served object and the stage it belongs to (never served). */
export interface MercuryUser {
  stageId: string;
  user: MercuryBotUser;
}

export interface MercuryProject {
  stageIds: string[];
  users: MercuryUser[];
}

/** The fake's mutable state: change `projects` between requests to change what reads return. */
export interface MercuryState {
  /** The project seeded with `options.users` users. */
  projectId: string;
  /** Every project the key can read, by id. */
  projects: Record<string, MercuryProject>;
  /** Projects that exist but the key may not read: `403`. */
  forbiddenProjects: string[];
}

/** What `records` accepts: bot users, each optionally placed in a project and stage. */
export type MercuryRecord = MercuryBotUser & { projectId?: string; stageId?: string };

/** The documented example project and stages (TV-MA-02), and a second, smaller project. */
export const PROJECT_ID = "3f2b8c1e-9d4a-4e6b-8f10-2a3b4c5d6e7f";
export const STAGE_IDS = ["a6819263-73f9-48db-969f-ee9d7241d7b6", "0f954369-16e8-4d18-915a-7be2dc458714"];
export const OTHER_PROJECT_ID = "9b2e6f0a-5c4d-4e8f-a1b2-c3d4e5f6a7b8";
export const OTHER_STAGE_IDS = ["5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"];
export const FORBIDDEN_PROJECT_ID = "11111111-2222-4333-8444-555555555555";

const FIRST = ["Lena", "Jonas", "Zoe", "Ali", "Anna", "Bea", "Cem", "John", "Mia", "Noah", "Ida", "Emil"];
const LAST = ["Krause", "Becker", "Young", "Aydin", "Arndt", "Bauer", "Cakir", "Doe", "Wolf", "Roth"];
const COMPANIES = ["Mercury.ai", "Acme", "Globex", "Initech"];
const LOCALES = ["de", "en", "fr", "es"];

export function createMercuryState(options: ResolvedOptions<object>, rng: Rng): MercuryState {
  const projects: Record<string, MercuryProject> = {
    [PROJECT_ID]: { stageIds: [...STAGE_IDS], users: [] },
    [OTHER_PROJECT_ID]: { stageIds: [...OTHER_STAGE_IDS], users: [] },
  };
  const state = { projectId: PROJECT_ID, projects, forbiddenProjects: [FORBIDDEN_PROJECT_ID] };
  if (Array.isArray(options.records)) {
    for (const record of options.records as MercuryRecord[]) addRecord(state, record);
    return state;
  }
  const main = rng.fork("project");
  projects[PROJECT_ID]!.users = Array.from({ length: options.users }, () => seedUser(main, STAGE_IDS));
  const other = rng.fork("other-project");
  const few = Math.ceil(options.users / 5);
  projects[OTHER_PROJECT_ID]!.users = Array.from({ length: few }, () => seedUser(other, OTHER_STAGE_IDS));
  return state;
}

function addRecord(state: MercuryState, record: MercuryRecord): void {
  const { projectId = state.projectId, stageId, ...user } = record;
  const project = (state.projects[projectId] ??= { stageIds: [], users: [] });
  const stage = stageId ?? project.stageIds[0] ?? STAGE_IDS[0]!;
  if (!project.stageIds.includes(stage)) project.stageIds.push(stage);
  project.users.push({ stageId: stage, user });
}

function seedUser(rng: Rng, stageIds: readonly string[]): MercuryUser {
  const named = rng.chance(0.85);
  const firstName = named ? rng.pick(FIRST) : null;
  const lastName = named ? rng.pick(LAST) : null;
  const properties: Record<string, unknown> = {};
  if (rng.chance(0.9)) {
    properties["user.locale"] = rng.pick(LOCALES);
    properties["user.company"] = rng.pick(COMPANIES);
    properties["user.visits"] = rng.int(1, 40);
    properties["user.newsletter"] = rng.chance(0.5);
    if (named) {
      properties["user.firstName"] = firstName;
      properties["user.lastName"] = lastName;
    }
  }
  const user = {
    userId: rng.uuid(),
    firstName,
    lastName,
    lastInteractionTime: javaTimestamp(rng),
    properties,
  };
  return { stageId: rng.pick(stageIds), user };
}

/** A random instant written like Java's `Timestamp.toString()`: `2020-03-17 16:54:06.0`, `….25`, `….125`. */
export function javaTimestamp(rng: Rng): string {
  const iso = rng.isoDate("2019-01-01T00:00:00Z", "2024-01-01T00:00:00Z");
  const ms = rng.chance(0.4) ? 0 : rng.int(1, 999);
  const fraction = ms === 0 ? "0" : String(ms).padStart(3, "0").replace(/0+$/, "");
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.${fraction}`;
}
