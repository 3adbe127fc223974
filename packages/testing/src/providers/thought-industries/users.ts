import { json, type FakeResponse } from "../../response";
import { bodyObject, invalid, notFound, type Ctx } from "./http";
import { findByEmail, findUser } from "./lookup";
import type { ThoughtIndustriesState, TiUser } from "./types";
import { resolveGrants } from "./grants";
import { applyInput, typeProblem } from "./user-input";

/** `GET /users/{id}`: by id, e-mail or external id; the detail view expands each course. */
export function getUser(ctx: Ctx): FakeResponse {
  const user = findUser(ctx.state, ctx.params.id!);
  if (!user) return notFound(ctx);
  const detail = { ...user, purchasedCourses: expandCourses(ctx.state, user) };
  return json(200, ctx.state.settings.shape == "flat" ? detail : { data: { UserById: detail } });
}

/** `POST /users`: 201 for a new user; with `upsert`, 200 for an existing e-mail; else 409. */
export function createUser(ctx: Ctx): FakeResponse {
  const body = bodyObject(ctx);
  if (!body) return invalid(ctx, "Request body must be a JSON object");
  const problem = typeProblem(body);
  if (problem) return invalid(ctx, problem);
  if (typeof body.email != "string") return invalid(ctx, "email is required", 422);
  const grants = resolveGrants(body, ctx.state.catalog);
  if (typeof grants == "string") return invalid(ctx, grants, 422);
  const existing = findByEmail(ctx.state, body.email);
  if (existing && body.upsert !== true) return conflict(ctx, "A user with that email already exists");
  if (takenExternalId(ctx.state, body, existing))
    return conflict(ctx, "A user with that externalCustomerId already exists");
  const now = new Date().toISOString();
  const user = existing ?? newUser(ctx, body.email, now);
  applyInput(user, body, grants, now);
  if (!existing) ctx.state.users.push(user);
  ctx.effect(existing ? "upsert" : "create", user.email);
  if (body.sendInvite === true) ctx.effect("invite", user.email);
  return json(existing ? 200 : 201, user);
}

/** `PUT /users/{id}`: a partial update; 409 when the new e-mail belongs to another user. */
export function updateUser(ctx: Ctx): FakeResponse {
  const user = findUser(ctx.state, ctx.params.id!);
  if (!user) return notFound(ctx);
  const body = bodyObject(ctx);
  if (!body) return invalid(ctx, "Request body must be a JSON object");
  const problem = typeProblem(body) ?? ("upsert" in body ? "upsert is not allowed on update" : undefined);
  if (problem) return invalid(ctx, problem);
  const grants = resolveGrants(body, ctx.state.catalog);
  if (typeof grants == "string") return invalid(ctx, grants, 422);
  const owner = typeof body.email == "string" ? findByEmail(ctx.state, body.email) : undefined;
  if (owner && owner !== user) return conflict(ctx, "A user with that email already exists");
  if (takenExternalId(ctx.state, body, user))
    return conflict(ctx, "A user with that externalCustomerId already exists");
  applyInput(user, body, grants, new Date().toISOString());
  ctx.effect("update", user.id);
  return json(200, user);
}

/** `PUT /users/{id}/updateStatus`: `active` or `disabled`, applied to a paired dual-role account too. */
export function updateUserStatus(ctx: Ctx): FakeResponse {
  const user = findUser(ctx.state, ctx.params.id!);
  if (!user) return notFound(ctx);
  const status = bodyObject(ctx)?.status;
  if (status !== "active" && status !== "disabled")
    return invalid(ctx, "status must be 'active' or 'disabled'");
  const pair = [user.learnerUserId, user.managerUserId].filter((id): id is string => typeof id == "string");
  for (const u of ctx.state.users)
    if (u === user || pair.includes(u.id)) {
      u.disabled = status == "disabled";
      ctx.effect("status", `${u.id}:${status}`);
    }
  return json(200, { status });
}

function newUser(ctx: Ctx, email: string, now: string): TiUser {
  return {
    id: ctx.rng.uuid(),
    email,
    roleKey: "learner",
    disabled: false,
    createdAt: now,
    lastActiveAt: null,
    externalCustomerId: null,
  };
}

function takenExternalId(
  state: ThoughtIndustriesState,
  body: Record<string, unknown>,
  self?: TiUser,
): boolean {
  const id = body.externalCustomerId;
  return typeof id == "string" && state.users.some((u) => u !== self && u.externalCustomerId === id);
}

const conflict = (ctx: Ctx, message: string) => ctx.error(409, "conflict", message);

function expandCourses(state: ThoughtIndustriesState, user: TiUser): unknown {
  const courses = user.purchasedCourses as { courseId?: string }[] | null | undefined;
  return (
    courses?.map((p) => {
      const course = state.catalog.courses.find((c) => c.id === p.courseId);
      return course
        ? {
            ...p,
            course: {
              id: course.id,
              title: course.title,
              slug: course.slug,
              sku: course.sku,
              status: "published",
            },
          }
        : p;
    }) ?? courses
  );
}
