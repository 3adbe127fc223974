import type { Rng } from "../../rng";
import { FEEDS, type Feed, type ThoughtIndustriesState, type TiEvent, type TiUser } from "./types";

/** The instance's id, on every event. */
export const COMPANY_ID = "c0ffee00-1111-4222-8333-444455556666";
/** The newest generated event is at most this recent. */
const NEWEST = Date.parse("2025-05-31T23:59:59.999Z");
/** Share of events that happen in the same millisecond as the one before (bulk actions). */
const BURST = 0.15;
const MAX_PER_FEED = 3000;

const ACTIONS = ["enrollment", "status_change", "revoked_access", "certificate_grant"];
const SOURCES = [
  "course_purchase",
  "registration",
  "manager_created_user",
  "gift-course-purchase",
  "subscription_access",
];
const CLIENTS = ["Acme Partners", "Globex", null];

type Catalog = ThoughtIndustriesState["catalog"];

/**
 * Seeded events of every feed, newest first: three per user (at most 3000 per feed), spread over
 * weeks, some sharing a millisecond with their neighbour as bulk enrolments do.
 */
export function generateEvents(
  users: readonly TiUser[],
  rng: Rng,
  catalog: Catalog,
): Record<Feed, TiEvent[]> {
  const count = Math.min(users.length * 3, MAX_PER_FEED);
  const out = {} as Record<Feed, TiEvent[]>;
  for (const feed of FEEDS) {
    const r = rng.fork(feed);
    let at = NEWEST - r.int(0, 60_000);
    out[feed] = Array.from({ length: count }, (_, i) => {
      if (i > 0 && !r.chance(BURST)) at -= r.int(1, 3_600_000);
      return makeEvent(feed, r.pick(users), new Date(at).toISOString(), r, catalog);
    });
  }
  return out;
}

function makeEvent(feed: Feed, user: TiUser, timestamp: string, r: Rng, catalog: Catalog): TiEvent {
  const base: TiEvent = {
    id: r.id("ev", 10),
    companyId: COMPANY_ID,
    timestamp,
    user: user.email,
    userDetail: detail(user, r),
  };
  const course = r.pick(catalog.courses);
  const onCourse = { notifiableId: course.id, courseSku: course.sku, courseTitle: course.title };
  switch (feed) {
    case "courseAction": {
      const type = r.pick(ACTIONS);
      const sub = type == "status_change" ? { event: r.pick(["started", "completed"]) } : {};
      return { ...base, type, source: r.pick(SOURCES), ...onCourse, ...sub };
    }
    case "courseView":
    case "courseEnrollment":
      return { ...base, source: r.pick(SOURCES), ...onCourse };
    case "coursePurchase":
      return { ...base, source: "course_purchase", notifiableId: course.id };
    case "courseCompletion":
      return {
        ...base,
        title: course.title,
        event: "completed",
        license: r.pick(catalog.licenses).title,
        updatedAt: timestamp,
        notifiableId: course.id,
      };
    case "courseCertificate":
    case "activeCourseCertificate":
      return { ...base, type: "certificate_grant", ...onCourse };
    case "learningPathAction": {
      const path = r.pick(catalog.learningPaths);
      return {
        ...base,
        type: r.pick(["enrollment", "status_change"]),
        notifiableId: path.id,
        title: path.title,
      };
    }
    default:
      return base;
  }
}

function detail(user: TiUser, r: Rng): Record<string, unknown> {
  return {
    id: user.id,
    country: user.country ?? null,
    state: null,
    client: r.pick(CLIENTS),
    ref1: user.ref1 ?? null,
  };
}
