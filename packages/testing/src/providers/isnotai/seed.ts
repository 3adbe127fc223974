import type { Rng } from "../../rng";
import type { IsnotaiSession } from "./types";

/** An LMS user before aggregation: who they are and how they behave. */
export interface Person {
  readonly userId: string;
  readonly userName: string;
  readonly userUrl: string;
  readonly origin: string;
  readonly devices: readonly string[];
  readonly botLike: boolean;
}

const FIRST = [
  "Priya",
  "Jordan",
  "Ana",
  "Kwame",
  "Mei",
  "Lukas",
  "Sofia",
  "Omar",
  "Elif",
  "Noah",
  "Yuki",
  "Ines",
];
const LAST = [
  "Raman",
  "Ellis",
  "Costa",
  "Mensah",
  "Chen",
  "Weber",
  "Rossi",
  "Haddad",
  "Kaya",
  "Berg",
  "Sato",
  "Dias",
];
const AGENTS = [
  "Chrome 126 on Linux",
  "Chrome 126 on Windows",
  "Safari 17 on macOS",
  "Safari 17 on iOS",
  "Edge 126 on Windows",
  "Firefox 127 on Windows",
  "Chrome 126 on Android",
  "Safari 17 on iPadOS",
  "HeadlessChrome 125 on Linux",
];
const COURSES = [1203, 1187, 77, 2045, 310, 988, 4512];
const PAGES = ["quizzes", "assignments", "pages", "modules", "discussion_topics"];
const BOT_FLAGS = [
  "webdriver_present",
  "synthetic_mouse_path",
  "headless_ua",
  "paste_burst",
  "uniform_keystroke_timing",
];
const SOFT_FLAGS = ["paste_burst", "tab_switch_burst", "rapid_navigation"];
const MINUTE = 60_000;

/** The i-th LMS user: mostly Canvas, with Moodle ids holding `@` and D2L ids holding `/`. */
export function person(rng: Rng, i: number): Person {
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  const lms = i % 5 === 3 ? "moodle" : i % 7 === 5 ? "d2l" : "canvas";
  const origin = `https://${lms}.example.${lms === "moodle" ? "org" : "edu"}`;
  const number = 48_000 + i;
  const userId =
    lms === "moodle"
      ? `moodle:${first}.${last}${i}@example.org`.toLowerCase()
      : lms === "d2l"
        ? `d2l:6606/${number}`
        : `canvas:${number}`;
  const devices = Array.from({ length: rng.int(1, 3) }, () => rng.pick(AGENTS.slice(0, -1)));
  return {
    userId,
    userName: `${first} ${last}`,
    userUrl: `${origin}/users/${number}`,
    origin,
    devices,
    botLike: rng.chance(0.12),
  };
}

/** One session of `who` (or of no matched user), created within 120 days before `now`. */
export function session(rng: Rng, now: number, who: Person | undefined): IsnotaiSession {
  const recent = rng.chance(0.05);
  const created =
    now - (recent ? rng.int(1, 180) : rng.int(1, 120 * 24 * 60)) * MINUTE - rng.int(0, 59) * 1000;
  const updated = Math.min(now, created + rng.int(1, 90) * MINUTE + rng.int(0, 59) * 1000);
  const botScore = scoreFor(rng, who?.botLike ?? rng.chance(0.2));
  const origin = who?.origin ?? rng.pick(["https://canvas.example.edu", "https://moodle.example.org"]);
  const agent =
    botScore >= 0.9 && rng.chance(0.5) ? AGENTS[AGENTS.length - 1]! : rng.pick(who?.devices ?? AGENTS);
  return {
    id: rng.uuid(),
    createdAt: iso(created),
    updatedAt: iso(updated),
    status: recent && now - updated < 30 * MINUTE ? "active" : "closed",
    botScore,
    detectionFlags: flagsFor(rng, botScore),
    pageUrl: rng.chance(0.1)
      ? `${origin}/dashboard`
      : `${origin}/courses/${rng.pick(COURSES)}/${rng.pick(PAGES)}/${rng.int(1, 120)}`,
    userAgentSummary: agent,
    ...(who && { userId: who.userId, userName: who.userName, userUrl: who.userUrl }),
  };
}

/** An ISO instant in whole seconds, `Z` form. */
export function iso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

function scoreFor(rng: Rng, botLike: boolean): number {
  if (botLike) return rng.int(70, 99) / 100;
  if (rng.chance(0.15)) return rng.int(40, 69) / 100;
  return Math.round(rng.next() ** 3 * 39) / 100;
}

function flagsFor(rng: Rng, score: number): string[] {
  if (score >= 0.7) return [...new Set([rng.pick(BOT_FLAGS), rng.pick(BOT_FLAGS)])];
  return score >= 0.4 ? [rng.pick(SOFT_FLAGS)] : [];
}
