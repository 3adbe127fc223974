import type { ResolvedOptions } from "../../options";
import type { Rng } from "../../rng";
import type {
  SparkwiseAuth,
  SparkwiseClusterRecord,
  SparkwiseCompletion,
  SparkwiseRecords,
  SparkwiseState,
  SparkwiseUser,
} from "./types";

const FIRST = ["Priya", "Jordan", "Sam", "Nadia", "Ana", "Luis", "Mei", "Tom", "Zoe", "Omar", "Ines", "Kofi"];
const LAST = ["Raman", "Ellis", "Okafor", "Haddad", "Silva", "Garcia", "Chen", "Berg", "Novak", "Ali"];
const MODULES = [
  ["Effective Communication", "Leadership"],
  ["Giving feedback that lands", "Leadership"],
  ["Inclusive Leadership", "Leadership"],
  ["Team Collaboration", "Teamwork"],
  ["Running great meetings", "Teamwork"],
  ["Year-end retrospective", "Teamwork"],
] as const;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The state of a fresh fake: `records` where given, otherwise generated from the seed. */
export function createSparkwiseState(options: ResolvedOptions<SparkwiseAuth>, rng: Rng): SparkwiseState {
  const records = (options.records ?? {}) as SparkwiseRecords;
  const users = records.users ?? generateUsers(options.users, rng.fork("users"));
  const clusters = records.clusters ?? generateClusters(options.users, rng.fork("clusters"));
  const completions = records.completions ?? generateCompletions(users, clusters, rng.fork("completions"));
  return {
    users,
    clusters,
    completions,
    trustedDomains: records.trustedDomains ?? ["example.com"],
    deactivateBody: records.deactivateBody ?? { property: "users", key: "remoteId" },
  };
}

/** A 64-hex-digit id, like Sparkwise's user ids. */
export function hexId(rng: Rng): string {
  let out = "";
  for (let i = 0; i < 64; i++) out += rng.int(0, 15).toString(16);
  return out;
}

function generateUsers(count: number, rng: Rng): SparkwiseUser[] {
  return Array.from({ length: count }, (_, i) => ({
    id: hexId(rng),
    firstName: rng.pick(FIRST),
    lastName: rng.pick(LAST),
    active: !rng.chance(0.1),
    remoteId: `ext-${String(i + 1).padStart(5, "0")}`,
  }));
}

function generateClusters(users: number, rng: Rng): SparkwiseClusterRecord[] {
  const modules = MODULES.map(([name, category]) => ({ moduleId: rng.uuid(), name, category }));
  const count = Math.min(200, Math.max(5, Math.ceil(users / 10)));
  const records = Array.from({ length: count }, () => {
    const module = rng.pick(modules);
    const clusterId = rng.uuid();
    const selfRegistration = rng.chance(0.6);
    return {
      createdAt: rng.isoDate("2023-01-01T00:00:00Z", "2025-07-01T00:00:00Z"),
      cluster: {
        clusterId,
        moduleId: module.moduleId,
        moduleName: module.name,
        moduleCategory: module.category,
        moduleThumbnailUrl: `https://cdn.example.com/modules/${module.moduleId}.png`,
        moduleDescription: `${module.name} module`,
        duration: rng.pick([45, 60, 90]),
        ...(selfRegistration && {
          iframeCode: `<iframe src="https://app.sparkwise.co/signup/${clusterId}" width="100%" height="640"></iframe>`,
        }),
      },
    };
  });
  return records.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** One completion per user (while there are clusters), of a session some days after its cluster was created. */
function generateCompletions(
  users: readonly SparkwiseUser[],
  clusters: readonly SparkwiseClusterRecord[],
  rng: Rng,
): SparkwiseCompletion[] {
  if (clusters.length === 0) return [];
  const completions = users.map((user) => {
    const { createdAt, cluster } = rng.pick(clusters);
    const duration = cluster.duration ?? 60;
    const start = Date.parse(createdAt) + rng.int(1, 180) * DAY;
    const attended = rng.chance(0.8);
    const totalSteps = rng.int(5, 12);
    const stepsVisited = attended ? rng.int(1, totalSteps) : 0;
    const minutes = attended ? rng.int(5, duration) : 0;
    const first = start + rng.int(0, 5) * MINUTE;
    return {
      id: rng.uuid(),
      remoteUserId: user.remoteId,
      clusterId: cluster.clusterId,
      moduleId: cluster.moduleId,
      moduleName: cluster.moduleName,
      moduleCategory: cluster.moduleCategory,
      moduleThumbnailUrl: cluster.moduleThumbnailUrl,
      moduleDescription: cluster.moduleDescription,
      duration,
      attended,
      sessionScheduledStartAt: iso(start),
      sessionScheduledEndAt: iso(start + duration * MINUTE),
      participantFirstVisitedAt: attended ? iso(first) : null,
      participantLastVisitedAt: attended ? iso(first + minutes * MINUTE) : null,
      timeInSessionMins: minutes,
      stepsVisited,
      totalSteps,
      percentageStepsVisited: Math.round((stepsVisited / totalSteps) * 100),
      hash: rng.id("", 12),
    };
  });
  return completions.sort((a, b) => a.sessionScheduledStartAt.localeCompare(b.sessionScheduledStartAt));
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
