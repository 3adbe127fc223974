import { type CallOptions, type Client, MalformedResponseError, unwrap } from "@clientele/core";
import type { components, paths } from "./generated/openapi.js";

type User = components["schemas"]["User"];

/**
 * `GET /users/{userId}` as one `User`, whichever shape the server sends: the docs' example wraps
 * the user in a one-element array, an object is the other plausible reading. A response that does
 * not hold the user asked for (another user, or none) is a `MalformedResponseError`, never the
 * wrong user.
 */
export async function getUser(client: Client<paths>, userId: string, options?: CallOptions): Promise<User> {
  const result = await client.GET("/users/{userId}", { ...options, params: { path: { userId } } });
  const { data } = await unwrap(result);
  const users: User[] = Array.isArray(data) ? data : [data];
  const user = users.find((u) => u?._id === userId);
  if (user) return user;
  const { status } = result.response;
  throw new MalformedResponseError(
    `GET /users/{userId} returned ${users.length} user(s), none of them the one asked for`,
    status,
    `${users.length} user(s)`,
    { method: "GET", url: "/users/{userId}", operation: "GET /users/{userId}" },
  );
}
