import { type CallOptions, type Client, MalformedResponseError, unwrap } from "@clientele/core";
import type { components, paths } from "./generated/openapi.js";

type User = components["schemas"]["User"];

/**
 * `GET /users/{userId}` as one `User`, whichever shape the server sends: the docs' example wraps
 * the user in a one-element array, an object is the other plausible reading. An array without
 * that user is a `MalformedResponseError`.
 */
export async function getUser(client: Client<paths>, userId: string, options?: CallOptions): Promise<User> {
  const result = await client.GET("/users/{userId}", { ...options, params: { path: { userId } } });
  const { data } = await unwrap(result);
  if (!Array.isArray(data)) return data;
  const user = data.length == 1 ? data[0] : data.find((u) => u._id === userId);
  if (user) return user;
  const { status } = result.response;
  throw new MalformedResponseError(
    `GET /users/{userId} returned ${data.length} users instead of one`,
    status,
    `${data.length} users`,
    { method: "GET", url: "/users/{userId}" },
  );
}
