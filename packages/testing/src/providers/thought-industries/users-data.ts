import type { Rng } from "../../rng";
import type { CatalogItem, ThoughtIndustriesState, TiUser } from "./types";

const FIRST = [
  "Ana",
  "Li",
  "Omar",
  "Nia",
  "Sam",
  "Zoë",
  "Jonas",
  "Aiko",
  "Mateo",
  "Priya",
  "Chidi",
  "Élodie",
];
const LAST = ["Silva", "Wei", "Haddad", "Brown", "Okafor", "Müller", "Tanaka", "García", "Patel", "Eze"];
const ROLES = ["learner", "learner", "learner", "learner", "manager", "admin"];
const COUNTRIES = ["PT", "US", "DE", "JP", "IN", "NG", "FR", null];
const LANGUAGES = ["en", "pt", "de", "ja", "fr", null];
const COURSE_STATUS = ["not-started", "started", "completed"];
const FROM = "2023-01-01T00:00:00Z";
const TO = "2025-06-01T00:00:00Z";

/** `count` seeded users that validate against the spec's `User`. */
export function generateUsers(count: number, rng: Rng, catalog: ThoughtIndustriesState["catalog"]): TiUser[] {
  return Array.from({ length: count }, (_, i) => generateUser(i, rng, catalog));
}

function generateUser(i: number, rng: Rng, catalog: ThoughtIndustriesState["catalog"]): TiUser {
  const firstName = rng.pick(FIRST);
  const lastName = rng.pick(LAST);
  const local = `${ascii(firstName)}.${ascii(lastName)}`.toLowerCase();
  const createdAt = withMs(rng.isoDate(FROM, TO), rng);
  return {
    id: rng.uuid(),
    email: rng.chance(0.15) ? `${local}+ti${i}@example.com` : `${local}.${i}@example.com`,
    ...names(firstName, lastName),
    roleKey: rng.pick(ROLES),
    externalCustomerId: rng.chance(0.7) ? `CRM-${1000 + i}` : null,
    disabled: rng.chance(0.08),
    createdAt,
    updatedAt: createdAt,
    lastActiveAt: rng.chance(0.8) ? withMs(rng.isoDate(createdAt, TO), rng) : null,
    clientId: rng.chance(0.3) ? rng.uuid() : null,
    language: rng.pick(LANGUAGES),
    country: rng.pick(COUNTRIES),
    customFields: rng.chance(0.5) ? { department: rng.pick(["Support", "Sales", "R&D"]) } : null,
    ref1: rng.chance(0.4) ? "customer" : null,
    twoFactorEnabled: rng.chance(0.2),
    purchasedCourses: sample(rng, catalog.courses, 3).map((c) => ({
      courseId: c.id,
      certificate: null,
      certificateIssuedAt: null,
      instructorAccessPurchased: false,
      status: rng.pick(COURSE_STATUS),
    })),
    purchasedBundles: [],
    allocatedLicenses: [],
    allocatedLearningPaths: sample(rng, catalog.learningPaths, 1).map((p) => ({
      learningPathId: p.id,
      status: "started",
    })),
  };
}

/** The derived, read-only name fields of a user. */
export function names(firstName: string | null, lastName: string | null): Record<string, string | null> {
  const first = firstName ?? "";
  const last = lastName ?? "";
  return {
    firstName,
    lastName,
    name: `${first} ${last}`.trim() || null,
    abbreviatedName: `${first}${last ? ` ${last[0]}.` : ""}`.trim() || null,
    firstInitial: first[0] ?? null,
    lastInitial: last[0] ?? null,
  };
}

function sample(rng: Rng, items: readonly CatalogItem[], max: number): CatalogItem[] {
  return items.filter(() => rng.chance(max / items.length / 2)).slice(0, max);
}

/** An ISO instant with milliseconds, as the API writes them. */
function withMs(iso: string, rng: Rng): string {
  return new Date(Date.parse(iso) + rng.int(0, 999)).toISOString();
}

function ascii(text: string): string {
  return text.normalize("NFD").replace(/[^A-Za-z]/g, "");
}
