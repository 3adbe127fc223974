import type { IsnotaiState } from "../providers/isnotai/types";
import type { DriftTarget } from "./targets";

const S = "/components/schemas";
const PAGE = { pointer: "/pagination", schema: `${S}/Pagination` } as const;
const session = (state: IsnotaiState) => ({ path: { sessionId: state.sessions[0]!.id } });

/** An envelope `{ data }` whose `data` is the component `name`. */
const wrapped = (root: string, name: string) => ({
  schema: `${S}/${root}`,
  object: { pointer: "", schema: `${S}/${root}` },
  property: { name: "data", required: true, schema: `${S}/${name}` },
});

export const isnotaiTargets: readonly DriftTarget<IsnotaiState>[] = [
  {
    operation: "GET /health",
    call: () => ({ method: "GET", path: "/health" }),
    schema: `${S}/HealthResponse`,
    object: { pointer: "", schema: `${S}/HealthResponse` },
    property: { name: "status", nullable: true },
  },
  {
    operation: "GET /v1/analytics",
    call: () => ({ method: "GET", path: "/v1/analytics" }),
    ...wrapped("AnalyticsResponse", "Analytics"),
  },
  {
    operation: "GET /v1/courses",
    call: () => ({ method: "GET", path: "/v1/courses" }),
    schema: `${S}/CourseList`,
    object: { pointer: "", schema: `${S}/CourseList` },
    property: { name: "data", required: true },
    page: PAGE,
  },
  {
    operation: "GET /v1/integration",
    call: () => ({ method: "GET", path: "/v1/integration" }),
    ...wrapped("IntegrationResponse", "Integration"),
  },
  {
    operation: "GET /v1/sessions",
    call: () => ({ method: "GET", path: "/v1/sessions" }),
    schema: `${S}/SessionList`,
    object: { pointer: "/data/0", schema: `${S}/Session` },
    property: { name: "id", required: true },
    page: PAGE,
  },
  {
    operation: "GET /v1/sessions/{sessionId}",
    call: (state) => ({ method: "GET", path: "/v1/sessions/{sessionId}", params: session(state) }),
    schema: `${S}/SessionResponse`,
    object: { pointer: "/data", schema: `${S}/Session` },
    property: { name: "id", required: true },
  },
  {
    operation: "GET /v1/sessions/{sessionId}/details",
    call: (state) => ({ method: "GET", path: "/v1/sessions/{sessionId}/details", params: session(state) }),
    ...wrapped("SessionDetailsResponse", "SessionDetails"),
  },
  {
    operation: "GET /v1/sessions/{sessionId}/events",
    call: (state) => ({ method: "GET", path: "/v1/sessions/{sessionId}/events", params: session(state) }),
    schema: `${S}/SessionEventList`,
    object: { pointer: "/data/0", schema: `${S}/SessionEvent` },
    property: { name: "eventId", required: true },
    page: PAGE,
  },
  {
    operation: "GET /v1/stats",
    call: () => ({ method: "GET", path: "/v1/stats" }),
    ...wrapped("StatsResponse", "Stats"),
  },
  {
    operation: "GET /v1/usage",
    call: () => ({ method: "GET", path: "/v1/usage" }),
    schema: `${S}/UsageReport`,
    object: { pointer: "", schema: `${S}/UsageReport` },
    property: { name: "data", required: true },
  },
  {
    operation: "GET /v1/users",
    call: () => ({ method: "GET", path: "/v1/users" }),
    schema: `${S}/UserList`,
    object: { pointer: "/data/0", schema: `${S}/User` },
    property: { name: "userId", required: true },
    page: PAGE,
  },
  {
    operation: "GET /v1/users/{userId}/sessions",
    call: (state) => ({
      method: "GET",
      path: "/v1/users/{userId}/sessions",
      params: { path: { userId: state.users[0]!.userId } },
    }),
    schema: `${S}/UserSessionList`,
    object: { pointer: "/data/0", schema: `${S}/Session` },
    property: { name: "id", required: true },
    page: PAGE,
  },
];
