import { FEEDS, type ThoughtIndustriesState } from "../providers/thought-industries/types";
import type { DriftTarget } from "./targets";

const S = "/components/schemas";
const byId = (state: ThoughtIndustriesState) => ({ path: { id: state.users[0]!.id } });
const USER = {
  object: { pointer: "", schema: `${S}/User` },
  property: { name: "id", required: true },
} as const;

export const thoughtIndustriesTargets: readonly DriftTarget<ThoughtIndustriesState>[] = [
  {
    operation: "GET /ping",
    call: () => ({ method: "GET", path: "/ping" }),
    schema: `${S}/PingResponse`,
    object: { pointer: "", schema: `${S}/PingResponse` },
    property: { name: "valid", required: true },
  },
  {
    operation: "GET /users",
    call: () => ({ method: "GET", path: "/users" }),
    schema: `${S}/UserListResponse`,
    object: { pointer: "/users/0", schema: `${S}/User` },
    property: { name: "id", required: true },
    page: { pointer: "/pageInfo", schema: `${S}/PageInfo` },
  },
  {
    operation: "POST /users",
    call: (state) => ({
      method: "POST",
      path: "/users",
      body: { email: `drift.${state.users.length}@example.com`, firstName: "Nia" },
    }),
    schema: `${S}/User`,
    ...USER,
  },
  {
    operation: "GET /users/{id}",
    call: (state) => ({ method: "GET", path: "/users/{id}", params: byId(state) }),
    schema: `${S}/UserByIdResponse`,
    ...USER,
  },
  {
    operation: "PUT /users/{id}",
    call: (state) => ({
      method: "PUT",
      path: "/users/{id}",
      params: byId(state),
      body: { firstName: "Drift" },
    }),
    schema: `${S}/User`,
    ...USER,
  },
  {
    operation: "PUT /users/{id}/updateStatus",
    call: (state) => ({
      method: "PUT",
      path: "/users/{id}/updateStatus",
      params: byId(state),
      body: { status: "active" },
    }),
    schema: `${S}/UserStatusResponse`,
    object: { pointer: "", schema: `${S}/UserStatusResponse` },
    property: { name: "status", required: true },
    enum: { name: "status" },
  },
  {
    operation: "POST /users/{id}/resetProgress",
    call: (state) => ({
      method: "POST",
      path: "/users/{id}/resetProgress",
      params: byId(state),
      body: { userId: state.users[0]!.id, slug: "onboarding-101", resetProgress: true, revokeAccess: false },
    }),
    schema: `${S}/ResetCourseProgressResponse`,
    object: { pointer: "/data", schema: `${S}/ResetCourseProgressResponse/properties/data` },
    property: { name: "ResetUserCourseProgress", required: true },
  },
  {
    operation: "POST /users/{id}/resetLearningPathProgress",
    call: (state) => ({
      method: "POST",
      path: "/users/{id}/resetLearningPathProgress",
      params: byId(state),
      body: { userId: state.users[0]!.id, slug: "lp-onboarding", resetProgress: true, revokeAccess: false },
    }),
    schema: `${S}/ResetLearningPathProgressResponse`,
    object: { pointer: "/data", schema: `${S}/ResetLearningPathProgressResponse/properties/data` },
    property: { name: "ResetUserLearningPathProgress", required: true },
  },
  {
    operation: "GET /users/{id}/zendeskContent",
    call: (state) => ({
      method: "GET",
      path: "/users/{id}/zendeskContent",
      params: { ...byId(state), query: { userId: state.users[0]!.id } },
    }),
    schema: `${S}/ZendeskContentResponse`,
    object: { pointer: "", schema: `${S}/ZendeskContentResponse` },
    property: { name: "data", required: true },
  },
  {
    operation: "POST /learningPathExternalActivity",
    call: (state) => ({
      method: "POST",
      path: "/learningPathExternalActivity",
      body: {
        userId: state.users[0]!.id,
        learningPathId: state.catalog.learningPaths[0]!.id,
        status: "completed",
        completionDate: "2024-11-15T00:00:00.000Z",
      },
    }),
    schema: null,
  },
  ...FEEDS.map((feed): DriftTarget<ThoughtIndustriesState> => ({
    operation: `GET /events/${feed}`,
    call: () => ({ method: "GET", path: `/events/${feed}`, params: { query: { startDate: 0 } } }),
    schema: `${S}/EventListResponse`,
    object: { pointer: "/events/0", schema: `${S}/Event` },
    // the fake serves windows in the flat shape, which has no page fields
    property: { name: "id", required: true },
  })),
];
