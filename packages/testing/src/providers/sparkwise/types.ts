/** A user as the Sparkwise fake holds and lists it (the spec's `User`). */
export interface SparkwiseUser {
  id: string;
  firstName?: string;
  lastName?: string;
  active?: boolean;
  remoteId?: string;
}

/** The learning module a cluster or a completion is of: the fields both carry. */
export interface SparkwiseModule {
  moduleId?: string;
  moduleName?: string;
  moduleCategory?: string;
  moduleThumbnailUrl?: string;
  moduleDescription?: string;
  duration?: number;
}

/** A session cluster (the spec's `Cluster`). */
export interface SparkwiseCluster extends SparkwiseModule {
  clusterId: string;
  iframeCode?: string | null;
}

/**
 * A cluster with its creation time, which the `from`/`to` window of `GET /clusters` compares. The
 * API does not list `createdAt`: the fake keeps it beside the cluster and never sends it.
 */
export interface SparkwiseClusterRecord {
  createdAt: string;
  cluster: SparkwiseCluster;
}

/** A participant's completion of one session (the spec's `Completion`). */
export interface SparkwiseCompletion extends SparkwiseModule {
  id: string;
  remoteUserId?: string;
  clusterId?: string;
  attended?: boolean;
  sessionScheduledStartAt?: string;
  sessionScheduledEndAt?: string;
  participantFirstVisitedAt?: string | null;
  participantLastVisitedAt?: string | null;
  timeInSessionMins?: number;
  stepsVisited?: number;
  totalSteps?: number;
  percentageStepsVisited?: number;
  hash?: string;
}

/** The fake's mutable state: what the list operations return and the batch operations change. */
export interface SparkwiseState {
  /** In list order; an upsert that creates a user appends it. */
  users: SparkwiseUser[];
  /** Filtered by `createdAt`, in creation order. */
  clusters: SparkwiseClusterRecord[];
  /** Filtered by `sessionScheduledStartAt`, in session order. */
  completions: SparkwiseCompletion[];
  /**
   * The organisation's trusted e-mail domains: an upserted member whose `email` is in another
   * domain fails ("User is not using a trusted domain"). `null` turns the rule off.
   */
  trustedDomains: string[] | null;
  /** The names the fake reads the batch deactivate body by (see {@link SparkwiseDeactivateBody}). */
  deactivateBody: SparkwiseDeactivateBody;
}

/**
 * The names in the batch deactivate body, `{<property>: [{<key>: …}]}`: `{users: [{remoteId}]}`
 * unless a test sets others, to stand for a server whose real names differ from the spec's guess.
 * A `key` of `id` matches members by Sparkwise's `id`; any other key's value is matched against
 * `remoteId`.
 */
export interface SparkwiseDeactivateBody {
  property: string;
  key: string;
}

/** `records` for `startFakeServer("sparkwise", { records })`: each list given replaces the generated one. */
export interface SparkwiseRecords {
  users?: SparkwiseUser[];
  clusters?: SparkwiseClusterRecord[];
  completions?: SparkwiseCompletion[];
  trustedDomains?: string[] | null;
  deactivateBody?: SparkwiseDeactivateBody;
}

/** The credentials the fake accepts: the `x-api-key` header's value. */
export interface SparkwiseAuth {
  apiKey: string;
}
