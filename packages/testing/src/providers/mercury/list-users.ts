import type { RouteContext } from "../../provider";
import { json, type FakeResponse } from "../../response";
import type { MercuryBotUser, MercuryProject, MercuryState } from "./data";
import { passesAll } from "./filter";
import { userOrder } from "./order";
import { parseListQuery, type ListQuery } from "./query";

type Ctx = RouteContext<MercuryState, { apiKey: string }>;

/**
 * `GET /projects/{projectId}/users/properties`: the project's users of the given stages that pass
 * every filter, in `sortBy` order (then by `userId`), from `startId` (inclusive) on, `limit` of them.
 */
export function listBotUsers(ctx: Ctx): FakeResponse {
  const { projectId = "" } = ctx.params;
  if (ctx.state.forbiddenProjects.includes(projectId)) return ctx.error(403, "forbidden", "Forbidden");
  const project = Object.hasOwn(ctx.state.projects, projectId) ? ctx.state.projects[projectId] : undefined;
  if (!project) return ctx.error(404, "not_found", "Project not found");
  const parsed = parseListQuery(ctx.query);
  if (!parsed.ok) return ctx.error(400, "bad_request", parsed.message);
  const query = parsed.value;
  const users = matching(project, query);
  const start = startIndex(project, users, query);
  if (start === undefined)
    return ctx.error(400, "bad_request", `startId ${query.startId} is not a user of this project`);
  const items = users.slice(start, start + query.limit);
  return json(200, { success: true, data: { items } });
}

function matching(project: MercuryProject, query: ListQuery): MercuryBotUser[] {
  const stages = query.stageIds && new Set(query.stageIds);
  return project.users
    .filter((u) => (!stages || stages.has(u.stageId)) && passesAll(u.user.properties, query.filters))
    .map((u) => u.user)
    .sort(userOrder(query.sortBy));
}

/**
 * Where the page starts: at the `startId` user itself (inclusive, as the docs' "the user ID to
 * start from" suggests), or where it would be. Without `sortBy` the key is the id alone, so any
 * id works; with `sortBy` its sort values are needed, so it must name a user of the project.
 */
function startIndex(project: MercuryProject, users: MercuryBotUser[], query: ListQuery): number | undefined {
  const { startId, sortBy } = query;
  if (startId === undefined) return 0;
  const marker = sortBy.length
    ? project.users.find((u) => u.user.userId === startId)?.user
    : { userId: startId, firstName: null, lastName: null, lastInteractionTime: "", properties: {} };
  if (!marker) return undefined;
  const order = userOrder(sortBy);
  const index = users.findIndex((user) => order(user, marker) >= 0);
  return index === -1 ? users.length : index;
}
