import type { Problem, RouteContext } from "../../provider";
import { json, type FakeResponse } from "../../response";
import type { MetacomAuth, MetacomState } from "./state";

export type Ctx = RouteContext<MetacomState, MetacomAuth>;

/** The framework's generic codes that Metacom names otherwise (a body that does not parse is a Joi error). */
const CODES: Record<string, string> = { bad_request: "validation_error" };

/** The short `message` of each status; `description` carries the detail. */
const MESSAGES: Record<number, string> = {
  400: "Invalid request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  429: "Too many requests",
  500: "Internal server error",
  502: "Bad gateway",
  503: "Service unavailable",
  504: "Gateway timeout",
};

/** `{status: "error", error, description, message}`: the documented fields, and `message` as inferred. */
export function errorEnvelope(_ctx: unknown, problem: Problem): FakeResponse {
  const { status, code, message } = problem;
  return json(status, {
    status: "error",
    error: CODES[code] ?? code,
    description: message,
    message: MESSAGES[status] ?? "Error",
  });
}

/** `{status: "ok", data}` (or just `{status: "ok"}` for an acknowledgement). */
export function ok(data?: unknown, extra: Record<string, unknown> = {}): FakeResponse {
  return json(200, data === undefined ? { status: "ok", ...extra } : { status: "ok", data, ...extra });
}

/** A Joi-style validation error: `Query error: "limit" must be a number`. */
export function invalid(ctx: Ctx, where: "Query" | "Body" | "Headers", detail: string): FakeResponse {
  return ctx.error(400, "validation_error", `${where} error: ${detail}`);
}

export function userNotFound(ctx: Ctx): FakeResponse {
  return ctx.error(404, "not_found", "User not found");
}
