import type { components } from "./generated/openapi.js";

type Schemas = components["schemas"];

/**
 * `GET /users` answers in the documented envelope (`data.APIUsers`) or in the flat shape seen in
 * real traffic; either way, this returns the flat shape.
 */
export function normalizeUserList(body: Schemas["UserListResponse"]): Schemas["UserListFlat"] {
  return "data" in body ? body.data.APIUsers : body;
}

/** `GET /users/{id}` answers with the bare user or the documented `data.UserById` envelope. */
export function normalizeUser(body: Schemas["UserByIdResponse"]): Schemas["User"] {
  return "data" in body && body.data && typeof body.data === "object" && "UserById" in body.data
    ? body.data.UserById
    : (body as Schemas["User"]);
}

/** An event feed answers in the documented envelope (`data.APIEvents`) or as a flat `{ events }`. */
export function normalizeEventList(body: Schemas["EventListResponse"]): Schemas["EventListFlat"] {
  return "data" in body ? body.data.APIEvents : body;
}
