import {
  type CallOptions,
  type Client,
  type ClientOptions,
  ValidationError,
  bearerAuth,
  combineAuth,
  createClient,
  headerAuth,
  unwrap,
} from "@clientele/core";
import { metadata, type PageItems } from "./generated/metadata.js";
import type { components, paths } from "./generated/openapi.js";

export type * from "./generated/openapi.js";
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

export interface MetacomClientOptions extends ClientOptions {
  /** The API token, sent as `Authorization: Bearer <token>`. */
  token: string;
  /** The environment every request acts in, sent as the `environment-id` header. */
  environmentId: string;
  /** Your Metacom domain (the "Main API Domain"), e.g. `acme.metacom.example`. Required unless `baseUrl` is given. */
  domain?: string;
}

export type MetacomClient = Client<paths, PageItems> & {
  /** Mints a long-lived token for a user. Never retried: a second call would mint a second token. */
  createLongLivedToken(
    userId: string,
    body?: Schemas["LongLivedTokenRequest"],
    options?: CallOptions,
  ): Promise<Schemas["LongLivedToken"]>;
};

/**
 * Creates a typed client for a Metacom environment.
 * @example
 * const client = createMetacomClient({ domain: "acme.example", token, environmentId });
 * for await (const user of client.paginate("/users", { params: { query: { limit: 100 } } })) console.log(user._id);
 */
export function createMetacomClient(options: MetacomClientOptions): MetacomClient {
  const { token, environmentId, domain, ...rest } = options;
  const missing = [
    !token && "token",
    !environmentId && "environmentId",
    !domain && !rest.baseUrl && "domain (or baseUrl)",
  ];
  const first = missing.find(Boolean);
  if (first)
    throw new ValidationError(
      `${missing.filter(Boolean).join(", ")} required`,
      String(first).split(" ")[0]!,
      "required",
    );
  const client = createClient<paths, PageItems>(metadata, {
    ...rest,
    serverVariables: { domain },
    auth: combineAuth(
      bearerAuth(token),
      headerAuth(metadata.securitySchemes.environmentId.name, environmentId),
    ),
  });
  return Object.assign(client, {
    async createLongLivedToken(
      userId: string,
      body: Schemas["LongLivedTokenRequest"] = {},
      options?: CallOptions,
    ) {
      const result = await unwrap(
        client.POST("/users/{userId}/long-lived-tokens", { ...options, params: { path: { userId } }, body }),
      );
      return result.data;
    },
  });
}
