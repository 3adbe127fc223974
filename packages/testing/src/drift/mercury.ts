import type { MercuryState } from "../providers/mercury/data";
import type { DriftTarget } from "./targets";

const S = "/components/schemas";

export const mercuryTargets: readonly DriftTarget<MercuryState>[] = [
  {
    operation: "GET /projects/{projectId}/users/properties",
    call: (state) => ({
      method: "GET",
      path: "/projects/{projectId}/users/properties",
      params: { path: { projectId: state.projectId } },
    }),
    schema: `${S}/BotUserListResponse`,
    object: { pointer: "/data/items/0", schema: `${S}/BotUser` },
    property: { name: "userId", required: true },
  },
];
