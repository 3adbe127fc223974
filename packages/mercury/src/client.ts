import {
  type CallOptions,
  type PaginateOptions,
  type Paginator,
  ValidationError,
  extendClient,
} from "@clientele/core";
import {
  type MercuryClient as BaseClient,
  type MercuryClientOptions as SpecOptions,
  createMercuryClient as createBase,
} from "./generated/client.js";
import type { BotUser } from "./generated/openapi.js";
import { type Filter, type SortKey, checkStageIds, serializeFilters, serializeSortBy } from "./query.js";

export interface MercuryClientOptions extends SpecOptions {
  /** The bot project `listBotUsers` reads unless a call names another. */
  projectId?: string;
}

/** The bot-users query as typed values; `listBotUsers` encodes them as the API expects. */
export interface BotUserQuery {
  /** Overrides the client's `projectId` for this call. */
  projectId?: string;
  /** Only users of these stages (sent as one comma-separated value). Omit for every stage. */
  stageIds?: string[];
  /** Every filter must hold (inferred AND); sent as JSON text. An empty list means no filter. */
  filters?: Filter[];
  /** Sort keys in order, sent as `+a,-b`. */
  sortBy?: SortKey[];
  /** The user to start from (that user included); usually left to the paginator. */
  startId?: string;
  /** Users per page. @default 50 (the server's) */
  limit?: number;
}

/** Options of one `listBotUsers` walk: the paginator's and the call's. */
export type ListBotUsersOptions = PaginateOptions & CallOptions;

export type MercuryClient = BaseClient & {
  /**
   * Every bot user matching the query, page by page (keyset on `userId`; each user exactly once).
   * Throws a `ValidationError` naming the field, before any request, for a bad query.
   */
  listBotUsers(query?: BotUserQuery, options?: ListBotUsersOptions): Paginator<BotUser>;
};

const USERS = "/projects/{projectId}/users/properties";

/** Absent, or an empty list: nothing to send (anything else is checked by the serialiser). */
const isEmpty = (list: unknown) => list === undefined || (Array.isArray(list) && list.length == 0);

/**
 * Creates a typed client for the Mercury.ai API (`https://api.mercury.ai/v1`).
 * @example
 * const client = createMercuryClient({ apiKey: process.env.MERCURY_API_KEY!, projectId });
 * const filters = [{ mode: "include", field: "user.company", operator: "=", value: "Acme" }] as const;
 * for await (const user of client.listBotUsers({ filters: [...filters] })) console.log(user.userId);
 */
export function createMercuryClient(options: MercuryClientOptions): MercuryClient {
  const { projectId: bound, ...rest } = options;
  if (bound !== undefined && (typeof bound != "string" || !bound))
    throw new ValidationError("projectId must be a non-empty string", "projectId", "minLength");
  return extendClient(createBase(rest), (client) => ({
    listBotUsers(
      query: BotUserQuery = {},
      { resume, concurrency, prefetch, ...call }: ListBotUsersOptions = {},
    ) {
      const { projectId = bound, stageIds, filters, sortBy, startId, limit } = query;
      if (!projectId)
        throw new ValidationError(
          "path.projectId is required (at construction or per call)",
          "path.projectId",
          "required",
        );
      // the documented order of the parameters; undefined ones are not sent
      const encoded = {
        stageIds: stageIds && checkStageIds(stageIds),
        filters: isEmpty(filters) ? undefined : serializeFilters(filters!),
        sortBy: isEmpty(sortBy) ? undefined : serializeSortBy(sortBy!),
        startId,
        limit,
      };
      return client.paginate(
        USERS,
        { ...call, params: { path: { projectId }, query: encoded } },
        { resume, concurrency, prefetch },
      );
    },
  }));
}
