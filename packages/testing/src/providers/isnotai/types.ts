/** The regions Not AI runs in; a key works only on its own region's host. */
export type IsnotaiRegion = "us" | "eu";

/** The plan tiers, as `x-isnotai-tier` names them. */
export type IsnotaiTier = "free" | "pro" | "enterprise";

/** An LMS user with its session aggregates (`User` in the spec). */
export interface IsnotaiUser {
  userId: string;
  userName?: string | null;
  sessionCount?: number | null;
  botSessionCount?: number | null;
  mediumSessionCount?: number | null;
  averageBotScore?: number | null;
  maxBotScore?: number | null;
  deviceCount?: number | null;
  firstSeen?: string | null;
  lastSeen?: string | null;
  riskLevel?: string | null;
  sparkline?: number[];
  userUrl?: string | null;
}

/** A tracking session (`Session` in the spec); the user fields are absent when no user matched. */
export interface IsnotaiSession {
  id: string;
  createdAt?: string | null;
  updatedAt?: string | null;
  status?: string | null;
  botScore?: number | null;
  detectionFlags?: string[];
  pageUrl?: string | null;
  userAgentSummary?: string | null;
  userId?: string | null;
  userName?: string | null;
  userUrl?: string | null;
}

/** Metadata of one event of a session (`SessionEvent` in the spec); `timestamp` is epoch ms. */
export interface IsnotaiEvent {
  eventId: string;
  messageId?: number | null;
  eventTypeName?: string | null;
  timestamp?: number | null;
  payloadSize?: number | null;
}

/** The fake's mutable state: change it between requests and the next responses follow. */
export interface IsnotaiState {
  /** The fake's clock (ISO instant): history windows, analytics and usage count back from it. */
  now: string;
  /** LMS users, in the order `listUsers` serves them. */
  users: IsnotaiUser[];
  /** Sessions of the key's integration, newest first; `listSessions` serves them in this order. */
  sessions: IsnotaiSession[];
  /**
   * Events by session id, in the order `listEvents` serves them. A session without an entry gets
   * seeded events (the same every time) on first use; set an entry to serve your own.
   */
  events: Map<string, IsnotaiEvent[]>;
  /** Ids of sessions that belong to another integration: reading one is a `403`. */
  foreignSessionIds: string[];
  /** While true, `getSessionDetails` answers `503` (its detail store is down). */
  detailsUnavailable: boolean;
}

/** The three keys of one region, one per plan tier. */
export interface IsnotaiTierKeys {
  free: string;
  pro: string;
  enterprise: string;
}

/** What the fake accepts: the region it plays, every region's keys, and the tier budgets. */
export interface IsnotaiAuth {
  /** The region whose host this fake plays: only that region's keys authenticate. @default "us" */
  region: IsnotaiRegion;
  /** The keys minted in each region, by tier; another region's key is a `401` (wrong region). */
  keys: Record<IsnotaiRegion, IsnotaiTierKeys>;
  /** Requests per minute per tier (60 / 600 / 6,000), or `false` for no tier budget. */
  perMinute: Record<IsnotaiTier, number> | false;
}

/** `records` for `startFakeServer("isnotai", { records })`: data to serve instead of seeded data. */
export interface IsnotaiRecords {
  users?: IsnotaiUser[];
  sessions?: IsnotaiSession[];
  events?: Record<string, IsnotaiEvent[]>;
}
