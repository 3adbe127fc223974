import type { SparkwiseState } from "../providers/sparkwise/types";
import type { DriftTarget } from "./targets";

const S = "/components/schemas";

export const sparkwiseTargets: readonly DriftTarget<SparkwiseState>[] = [
  {
    operation: "GET /clusters",
    call: () => ({ method: "GET", path: "/clusters" }),
    schema: `${S}/ClusterListResponse`,
    object: { pointer: "/data/items/0", schema: `${S}/Cluster` },
    property: { name: "clusterId", required: true },
    page: { pointer: "/data", schema: `${S}/ClusterList` },
  },
  {
    operation: "GET /completions",
    call: () => ({ method: "GET", path: "/completions" }),
    schema: `${S}/CompletionList`,
    object: { pointer: "/0", schema: `${S}/Completion` },
    property: { name: "id", required: true },
  },
  {
    operation: "GET /users",
    call: () => ({ method: "GET", path: "/users", params: { query: { pageSize: 200 } } }),
    schema: `${S}/UserListResponse`,
    object: { pointer: "/data/items/0", schema: `${S}/User` },
    property: { name: "id", required: true },
    page: { pointer: "/data", schema: `${S}/UserPage` },
  },
  {
    operation: "POST /users/batch-upsert",
    call: () => ({
      method: "POST",
      path: "/users/batch-upsert",
      body: { users: [{ remoteId: "ext-00001", firstName: "Drift" }] },
    }),
    schema: `${S}/UpsertUsersResponse`,
    object: { pointer: "/data/success/0", schema: `${S}/User` },
    property: { name: "id", required: true },
  },
  {
    operation: "POST /users/batch-deactivate",
    call: () => ({
      method: "POST",
      path: "/users/batch-deactivate",
      body: { users: [{ remoteId: "ext-00002" }] },
    }),
    schema: `${S}/DeactivateUsersResponse`,
    object: { pointer: "/data/success/0", schema: `${S}/User` },
    property: { name: "id", required: true },
  },
];
