import {
  type CallOptions,
  type Client,
  type ClientOptions,
  type PaginateOptions,
  type Paginator,
  ValidationError,
  bearerAuth,
  createClient,
} from "@clientele/core";
import { metadata, type PageItems } from "./generated/metadata.js";
import type { components, paths } from "./generated/openapi.js";
import { type SortKey, checkFilters, serializeSortBy } from "./query.js";

export type * from "./generated/openapi.js";
export { checkFilters, serializeSortBy } from "./query.js";
export type { SortKey } from "./query.js";
export { parseLastInteractionTime } from "./time.js";
export { verifyWebhookSignature } from "./webhook.js";
export type { VerifyOptions } from "./webhook.js";
export {
  ApiError,
  ClienteleError,
  MalformedResponseError,
  NetworkError,
  PaginationError,
  RateLimitError,
  TimeoutError,
  ValidationError,
  isApiError,
  isClienteleError,
  isRateLimitError,
  isTimeoutError,
  isValidationError,
  unwrap,
} from "@clientele/core";
export type {
  CallOptions,
  Page,
  PagePosition,
  PaginateOptions,
  Paginator,
  RetryOptions,
} from "@clientele/core";

type Schemas = components["schemas"];
const USERS = "/projects/{projectId}/users/properties";

export interface MercuryClientOptions extends ClientOptions {
  /** The API key, sent as `Authorization: Bearer <key>`. */
  apiKey: string;
  /** The bot project every call uses unless a call names another. */
  projectId?: string;
}

/** The typed form of the bot-users query: filters and sort keys as values, not encoded strings. */
export interface BotUserQuery {
  projectId?: string;
  stageIds?: string[];
  filters?: Schemas["Filter"][];
  sortBy?: SortKey[];
  startId?: string;
  /** Users per page. @default 50 (the server's) */
  limit?: number;
}

export type MercuryClient = Client<paths, PageItems> & {
  /** Every bot user matching the query, page by page (keyset on `userId`; the boundary user is never repeated). */
  listBotUsers(query?: BotUserQuery, options?: PaginateOptions & CallOptions): Paginator<Schemas["BotUser"]>;
};

/**
 * Creates a typed client for the Mercury.ai API.
 * @example
 * const client = createMercuryClient({ apiKey: process.env.MERCURY_API_KEY!, projectId });
 * const users = client.listBotUsers({ filters: [{ mode: "include", field: "user.company", operator: "=", value: "Acme" }] });
 * for await (const user of users) console.log(user.userId);
 */
export function createMercuryClient(options: MercuryClientOptions): MercuryClient {
  const { apiKey, projectId: boundProject, ...rest } = options;
  if (!apiKey) throw new ValidationError("apiKey is required", "apiKey", "required");
  const client = createClient<paths, PageItems>(metadata, { ...rest, auth: bearerAuth(apiKey) });
  return Object.assign(client, {
    listBotUsers(query: BotUserQuery = {}, options: PaginateOptions & CallOptions = {}) {
      const { projectId = boundProject, filters, sortBy, ...plain } = query;
      if (!projectId)
        throw new ValidationError(
          "projectId is required (at construction or per call)",
          "path.projectId",
          "required",
        );
      const { resume, concurrency, prefetch, ...call } = options;
      const encoded = {
        ...plain,
        ...(filters && { filters: checkFilters(filters) as unknown as string }),
        ...(sortBy && { sortBy: serializeSortBy(sortBy) }),
      };
      return client.paginate(
        USERS,
        { ...call, params: { path: { projectId }, query: encoded } },
        { resume, concurrency, prefetch },
      );
    },
  });
}
