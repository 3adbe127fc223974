import { type CallOptions, type Client, unwrap } from "@clientele/core";
import type { PageItems } from "./generated/metadata.js";
import type { components, paths } from "./generated/openapi.js";
import { normalizeUser } from "./shapes.js";

/**
 * `GET /users/{id}` by UUID, e-mail address or `externalCustomerId`, normalised to the bare user.
 * Core encodes `ref` as exactly one path segment (`a/b` → `a%2Fb`, `%2e` → `%252e`) and refuses
 * `.` and `..`, which no encoding can carry, before sending. No such user: `ApiError` with status 404.
 */
export async function getUser(
  client: Client<paths, PageItems>,
  ref: string,
  options: CallOptions = {},
): Promise<components["schemas"]["User"]> {
  return normalizeUser(
    await unwrap(client.GET("/users/{id}", { ...options, params: { path: { id: ref } } })),
  );
}
