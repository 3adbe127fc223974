import type { MetacomState } from "../providers/metacom/state";
import type { DriftTarget } from "./targets";

const S = "/components/schemas";
const user = (state: MetacomState) => ({ path: { userId: state.users[0]!._id } });

export const metacomTargets: readonly DriftTarget<MetacomState>[] = [
  {
    operation: "GET /users",
    call: () => ({ method: "GET", path: "/users" }),
    schema: `${S}/UserList`,
    object: { pointer: "/data/0", schema: `${S}/User`, open: true },
    property: { name: "_id", required: true },
    page: { pointer: "/pagination", schema: `${S}/Pagination` },
  },
  {
    operation: "GET /users/{userId}",
    call: (state) => ({ method: "GET", path: "/users/{userId}", params: user(state) }),
    schema: `${S}/UserResponse`,
    object: { pointer: "/data/0", schema: `${S}/User`, open: true },
    property: { name: "_id", required: true },
  },
  {
    operation: "GET /users/{userId}/reference-data",
    call: (state) => ({ method: "GET", path: "/users/{userId}/reference-data", params: user(state) }),
    schema: `${S}/ReferenceDataResponse`,
    object: { pointer: "", schema: `${S}/ReferenceDataResponse` },
    property: { name: "data", required: true, schema: `${S}/ReferenceData` },
  },
  {
    operation: "POST /users/{userId}/long-lived-tokens",
    call: (state) => ({
      method: "POST",
      path: "/users/{userId}/long-lived-tokens",
      params: user(state),
      body: {},
    }),
    schema: `${S}/LongLivedTokenResponse`,
    object: { pointer: "/data", schema: `${S}/LongLivedToken`, open: true },
    property: { name: "token", required: true },
  },
  {
    operation: "POST /auth/reset-password",
    call: (state) => ({
      method: "POST",
      path: "/auth/reset-password",
      body: { email: state.users[1]!.username },
    }),
    schema: `${S}/ResetPasswordResponse`,
    object: { pointer: "", schema: `${S}/ResetPasswordResponse` },
    property: { name: "status", required: true },
  },
  {
    operation: "POST /auth/reset-2FA",
    call: (state) => ({ method: "POST", path: "/auth/reset-2FA", body: { userId: state.users[0]!._id } }),
    schema: `${S}/ResetTwoFactorResponse`,
    object: { pointer: "", schema: `${S}/ResetTwoFactorResponse` },
    property: { name: "status", required: true },
  },
  {
    operation: "GET /usage-statistics/active-users",
    call: () => ({ method: "GET", path: "/usage-statistics/active-users" }),
    schema: `${S}/ActiveUsersResponse`,
    object: { pointer: "/data", schema: `${S}/ActiveUsers` },
    property: { name: "activeUsers" },
  },
];
