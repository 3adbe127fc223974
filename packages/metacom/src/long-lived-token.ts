import { type CallOptions, type Client, unwrap } from "@clientele/core";
import type { components, paths } from "./generated/openapi.js";

type Schemas = components["schemas"];

/**
 * `POST /users/{userId}/long-lived-tokens`, returning the new token. Never retried (the operation
 * is not `x-idempotent`): a request that may have reached the server could have minted a token
 * already, so a failure is reported rather than risking a second one.
 */
export async function createLongLivedToken(
  client: Client<paths>,
  userId: string,
  body: Schemas["LongLivedTokenRequest"] = {},
  options?: CallOptions,
): Promise<Schemas["LongLivedToken"]> {
  const result = await unwrap(
    client.POST("/users/{userId}/long-lived-tokens", { ...options, params: { path: { userId } }, body }),
  );
  return result.data;
}
