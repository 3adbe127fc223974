import { empty, json, type FakeResponse } from "../../response";
import { bodyObject, invalid, notFound, type Ctx } from "./http";
import { findUser } from "./lookup";
import type { CatalogItem, TiUser } from "./types";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type Held = { courseId?: string; learningPathId?: string; status?: string };

/** `POST /users/{id}/resetProgress`: `userId` in the body is optional (and must be the same user). */
export const resetCourseProgress = (ctx: Ctx) => reset(ctx, "course");

/** `POST /users/{id}/resetLearningPathProgress`: here `userId` in the body is required. */
export const resetLearningPathProgress = (ctx: Ctx) => reset(ctx, "learningPath");

function reset(ctx: Ctx, kind: "course" | "learningPath"): FakeResponse {
  const user = findUser(ctx.state, ctx.params.id!);
  if (!user) return notFound(ctx);
  const body = bodyObject(ctx);
  if (!body) return invalid(ctx, "Request body must be a JSON object");
  const problem = resetProblem(body, user, kind == "learningPath");
  if (problem) return invalid(ctx, problem);
  const items = kind == "course" ? ctx.state.catalog.courses : ctx.state.catalog.learningPaths;
  const target = items.find((i) => i.slug === body.slug);
  if (!target) return notFound(ctx, kind == "course" ? "Course" : "Learning path");
  applyReset(user, kind, target, body);
  ctx.effect(kind == "course" ? "resetProgress" : "resetLearningPathProgress", `${user.id}:${target.slug}`);
  const key = kind == "course" ? "ResetUserCourseProgress" : "ResetUserLearningPathProgress";
  return json(200, { data: { [key]: true } });
}

function resetProblem(
  body: Record<string, unknown>,
  user: TiUser,
  userIdRequired: boolean,
): string | undefined {
  if (typeof body.slug != "string" || body.slug === "") return "slug is required";
  if (typeof body.revokeAccess != "boolean") return "revokeAccess is required";
  for (const flag of ["resetProgress", "eraseTranscript"])
    if (flag in body && typeof body[flag] != "boolean") return `${flag} must be a boolean`;
  if (body.userId === undefined) return userIdRequired ? "userId is required" : undefined;
  if (typeof body.userId != "string" || !UUID.test(body.userId)) return "userId must be a UUID";
  return body.userId === user.id ? undefined : "userId does not match the user in the path";
}

function applyReset(
  user: TiUser,
  kind: "course" | "learningPath",
  target: CatalogItem,
  body: Record<string, unknown>,
) {
  const field = kind == "course" ? "purchasedCourses" : "allocatedLearningPaths";
  const idKey = kind == "course" ? "courseId" : "learningPathId";
  const held = (user[field] as Held[] | null | undefined) ?? [];
  const kept = body.revokeAccess === true ? held.filter((h) => h[idKey] !== target.id) : held;
  if (body.resetProgress === true) for (const h of kept) if (h[idKey] === target.id) h.status = "not-started";
  user[field] = kept;
}

/** `GET /users/{id}/zendeskContent?userId=`: the user's courses, in the documented envelope only. */
export function getUserZendeskContent(ctx: Ctx): FakeResponse {
  const user = findUser(ctx.state, ctx.params.id!);
  if (!user) return notFound(ctx);
  const userId = ctx.query.get("userId");
  if (!userId) return invalid(ctx, "userId is required");
  if (!UUID.test(userId)) return invalid(ctx, "userId must be a UUID");
  if (userId !== user.id) return invalid(ctx, "userId does not match the user in the path");
  const held = (user.purchasedCourses as Held[] | null | undefined) ?? [];
  const contents = held.flatMap((h) => {
    const course = ctx.state.catalog.courses.find((c) => c.id === h.courseId);
    if (!course) return [];
    return [
      {
        id: course.id,
        userId: user.id,
        title: course.title,
        kind: "course",
        startDate: (user.createdAt as string | null) ?? null,
        endDate: null,
      },
    ];
  });
  return json(200, { data: { ZendeskContentsByUserId: contents } });
}

const STATUSES = ["not-started", "completed", "started", "not-completed"];

/** `POST /learningPathExternalActivity`: 200 with an empty body; needs the `externalActivity` flag. */
export function recordExternalActivity(ctx: Ctx): FakeResponse {
  if (!ctx.state.settings.externalActivity)
    return json(403, { errors: ["externalActivity feature is not enabled"] });
  const body = bodyObject(ctx);
  if (!body) return invalid(ctx, "Request body must be a JSON object");
  const problem = activityProblem(body);
  if (problem) return invalid(ctx, problem);
  const user = ctx.state.users.find((u) => u.id === body.userId);
  if (!user) return notFound(ctx);
  const path = ctx.state.catalog.learningPaths.find((p) => p.id === body.learningPathId);
  if (!path) return notFound(ctx, "Learning path");
  const status = (body.status as string | undefined) ?? "completed";
  const date = (body.completionDate ?? body.timeStampDate) as string | undefined;
  ctx.state.externalActivity.push({
    userId: user.id,
    learningPathId: path.id,
    status,
    ...(date ? { date } : {}),
  });
  ctx.effect("externalActivity", `${user.id}:${path.id}:${status}`);
  return empty(200);
}

function activityProblem(body: Record<string, unknown>): string | undefined {
  for (const name of ["userId", "learningPathId"])
    if (typeof body[name] != "string" || body[name] === "") return `${name} is required`;
  const status = body.status ?? "completed";
  if (typeof status != "string" || !STATUSES.includes(status))
    return `status must be one of ${STATUSES.join(", ")}`;
  for (const name of ["completionDate", "timeStampDate"])
    if (name in body && (typeof body[name] != "string" || Number.isNaN(Date.parse(body[name] as string))))
      return `${name} must be an ISO 8601 date`;
  if ("completionDate" in body && status != "completed")
    return "completion date cannot be passed with non-completed status";
  if ("timeStampDate" in body && status == "completed")
    return "timestamp date cannot be passed with completed status";
  return undefined;
}
