import { type CallOptions, extendClient } from "@clientele/core";
import {
  type MetacomClient as BaseClient,
  type MetacomClientOptions,
  createMetacomClient as createBase,
} from "./generated/client.js";
import type { components } from "./generated/openapi.js";
import { getUser } from "./get-user.js";

type Schemas = components["schemas"];

/**
 * The typed client: openapi-fetch's `GET`/`POST`…, `paginate`, the spec's `createLongLivedToken`
 * (mints a token for a user and returns it, `token` and `createdOn`: store it at once; never
 * retried, since a second attempt could mint a second token), and `getUser`.
 */
export type MetacomClient = BaseClient & {
  /** One user, whether the server wraps it in a one-element array (as the docs show) or not. */
  getUser(userId: string, options?: CallOptions): Promise<Schemas["User"]>;
};

/**
 * Creates a typed client for one Metacom environment. Every request carries the bearer token and
 * the `environment-id` header; neither follows a redirect to another origin. The options are
 * checked as the spec declares them: every missing one is named at once, then a token or
 * environment id holding white space, then a `domain` that is not a host name.
 * @example
 * const client = createMetacomClient({ domain: "acme.metacom.example", token, environmentId: "acme_prod" });
 * for await (const user of client.paginate("/users", { params: { query: { limit: 100 } } })) console.log(user._id);
 */
export function createMetacomClient(options: MetacomClientOptions): MetacomClient {
  return extendClient(createBase(options), (client) => ({
    getUser: (userId: string, call?: CallOptions) => getUser(client, userId, call),
  }));
}
