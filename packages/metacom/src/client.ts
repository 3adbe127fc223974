import {
  type CallOptions,
  type Client,
  bearerAuth,
  combineAuth,
  createClient,
  headerAuth,
} from "@clientele/core";
import { metadata, type PageItems } from "./generated/metadata.js";
import type { components, paths } from "./generated/openapi.js";
import { getUser } from "./get-user.js";
import { createLongLivedToken } from "./long-lived-token.js";
import { type MetacomClientOptions, checkOptions } from "./options.js";

type Schemas = components["schemas"];

/** The typed client: openapi-fetch's `GET`/`POST`…, `paginate`, and Metacom's helpers. */
export type MetacomClient = Client<paths, PageItems> & {
  /**
   * Mints a long-lived token for a user and returns it (`token`, `createdOn`). Store it at once.
   * Never retried: a second attempt could mint a second token.
   */
  createLongLivedToken(
    userId: string,
    body?: Schemas["LongLivedTokenRequest"],
    options?: CallOptions,
  ): Promise<Schemas["LongLivedToken"]>;
  /** One user, whether the server wraps it in a one-element array (as the docs show) or not. */
  getUser(userId: string, options?: CallOptions): Promise<Schemas["User"]>;
};

/**
 * Creates a typed client for one Metacom environment. Every request carries the bearer token and
 * the `environment-id` header; neither follows a redirect to another origin.
 * @example
 * const client = createMetacomClient({ domain: "acme.metacom.example", token, environmentId: "acme_prod" });
 * for await (const user of client.paginate("/users", { params: { query: { limit: 100 } } })) console.log(user._id);
 */
export function createMetacomClient(options: MetacomClientOptions): MetacomClient {
  checkOptions(options ?? {});
  const { token, environmentId, domain, ...rest } = options;
  const client = createClient<paths, PageItems>(metadata, {
    ...rest,
    serverVariables: { domain },
    auth: combineAuth(
      bearerAuth(token),
      headerAuth(metadata.securitySchemes.environmentId.name, environmentId),
    ),
  });
  return Object.assign(client, {
    createLongLivedToken: (userId: string, body?: Schemas["LongLivedTokenRequest"], call?: CallOptions) =>
      createLongLivedToken(client, userId, body, call),
    getUser: (userId: string, call?: CallOptions) => getUser(client, userId, call),
  });
}
