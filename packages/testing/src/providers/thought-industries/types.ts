/** The feeds served under `/events/<kind>`, as in the spec. */
export const FEEDS = [
  "courseAction",
  "courseView",
  "coursePurchase",
  "courseCompletion",
  "courseEnrollment",
  "courseCertificate",
  "activeCourseCertificate",
  "login",
  "visit",
  "learningPathAction",
  "emailCapture",
] as const;

export type Feed = (typeof FEEDS)[number];

/** A user as the API returns it (the spec's `User`); unknown fields are kept. */
export interface TiUser {
  id: string;
  email: string;
  [field: string]: unknown;
}

/** One activity-feed entry (the spec's `Event`). */
export interface TiEvent {
  id: string;
  timestamp: string;
  [field: string]: unknown;
}

/** How the fake answers; change it at any time through `server.state.settings`. */
export interface TiSettings {
  /**
   * `flat` (seen in real traffic): `{users, pageInfo}`, the bare user, `{events}`. `envelope`
   * (documented): `{data: {APIUsers}}`, `{data: {UserById}}`, `{data: {APIEvents}}`.
   * @default "flat"
   */
  shape: "flat" | "envelope";
  /** `/users` paging: an opaque `pageInfo.cursor`, or page numbers (`currentPage`, no cursor). @default "cursor" */
  paging: "cursor" | "page";
  /**
   * Where `/users` says the list ends: `hasMore` is false on the last page, or (`empty-page`) the
   * server does not know: every page says `hasMore: true` and only an empty page ends the list.
   * @default "hasMore"
   */
  end: "hasMore" | "empty-page";
  /** Users per page of `/users` (not documented; the portal's example shows 50). @default 50 */
  perPage: number;
  /** Events per call of a feed (documented: at most 100). @default 100 */
  eventsPerCall: number;
  /** The instance's `externalActivity` feature flag; off → 403 on `/learningPathExternalActivity`. @default true */
  externalActivity: boolean;
}

/** A licence, course or learning path of the instance's catalogue. */
export interface CatalogItem {
  id: string;
  slug: string;
  sku: string;
  title: string;
}

/** An external learning-path activity recorded by `POST /learningPathExternalActivity`. */
export interface ExternalActivity {
  userId: string;
  learningPathId: string;
  status: string;
  date?: string;
}

/** The fake's mutable state. */
export interface ThoughtIndustriesState {
  readonly settings: TiSettings;
  /** Every user, in list order (new users are appended). */
  readonly users: TiUser[];
  /** Every feed's events, newest first. */
  readonly events: Record<Feed, TiEvent[]>;
  readonly catalog: {
    readonly licenses: CatalogItem[];
    readonly courses: CatalogItem[];
    readonly learningPaths: CatalogItem[];
  };
  readonly externalActivity: ExternalActivity[];
}

/** What `records` may hold: users (an array), or users, events and settings. */
export type ThoughtIndustriesRecords =
  TiUser[] | { users?: TiUser[]; events?: Partial<Record<Feed, TiEvent[]>>; settings?: Partial<TiSettings> };

/** The credentials the fake accepts. */
export interface ThoughtIndustriesAuth {
  /** The instance's API key, sent as `Authorization: Bearer <key>`. */
  apiKey: string;
}

export const DEFAULT_SETTINGS: TiSettings = {
  shape: "flat",
  paging: "cursor",
  end: "hasMore",
  perPage: 50,
  eventsPerCall: 100,
  externalActivity: true,
};
