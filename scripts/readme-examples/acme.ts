/**
 * The fake of "Acme", the small API that @clientele/core's README describes to show core on its
 * own: users (cursor pages), one user, courses (numbered pages), reports, a batch upsert, a health
 * check, and short-lived tokens issued for an API key.
 */
import { defineProvider, json, readInt, sliceAt, slicePage } from "@clientele/testing";

interface User {
  id: string;
  email: string;
}

interface AcmeState {
  users: User[];
  courses: { code: string }[];
  /** Tokens issued by `POST /tokens`; the first is already expired, so a client has to refresh it. */
  tokens: string[];
}

const ACME_KEY = "acme_key_0123456789";

export const acme = defineProvider<AcmeState, { apiKey: string }>({
  name: "acme",
  defaultAuth: { apiKey: ACME_KEY },
  requestIdHeader: "x-request-id",
  createState: (options) => ({
    users: Array.from({ length: options.users }, (_, i) => ({
      id: `u${i + 1}`,
      email: `user${i + 1}@example.test`,
    })),
    courses: Array.from({ length: 5 }, (_, i) => ({ code: `C${i}` })),
    tokens: [],
  }),
  routes: [
    { method: "GET", path: "/v1/health", auth: false, handler: () => json(200, { ok: true }) },
    {
      method: "POST",
      path: "/v1/tokens",
      auth: false,
      handler: (ctx) => {
        if (ctx.header("x-api-key") !== ctx.options.auth.apiKey)
          return ctx.error(401, "AUTH", "Unauthorized");
        const token = `tok_${ctx.state.tokens.length + 1}`;
        ctx.state.tokens.push(token);
        return json(200, { token });
      },
    },
    {
      method: "GET",
      path: "/v1/users",
      handler: (ctx) => {
        const size = readInt(ctx.query, "pageSize", { default: 3, min: 1, max: 200 });
        if (!size.ok) return ctx.error(400, "BAD_REQUEST", "pageSize must be 1 to 200");
        const { items, nextOffset } = sliceAt(
          ctx.state.users,
          Number(ctx.query.get("cursor") ?? 0),
          size.value,
        );
        const more = nextOffset !== undefined;
        return json(200, {
          data: items,
          hasMore: more,
          nextCursor: more ? String(nextOffset) : undefined,
          pageSize: size.value,
        });
      },
    },
    {
      method: "GET",
      path: "/v1/users/{userId}",
      handler: (ctx) => {
        const user = ctx.state.users.find((u) => u.id === ctx.params.userId);
        return user ? json(200, user) : ctx.error(404, "NOT_FOUND", "No such user.");
      },
    },
    {
      method: "GET",
      path: "/v1/courses",
      handler: (ctx) => {
        const page = slicePage(ctx.state.courses, Number(ctx.query.get("page") ?? 0), 2, 0);
        return json(200, { items: page.items, totalPages: page.totalPages });
      },
    },
    { method: "POST", path: "/v1/reports", handler: () => json(201, { id: "r1" }) },
    {
      method: "POST",
      path: "/v1/users/batch-upsert",
      handler: (ctx) => {
        const { users = [] } = (ctx.body ?? {}) as { users?: { email: string }[] };
        for (const user of users) ctx.effect("upsert", user.email);
        const failed = users
          .filter((user) => user.email.startsWith("bad"))
          .map((user) => ({ email: user.email, reason: "invalid email" }));
        return json(200, { failed });
      },
    },
  ],
  authenticate: (ctx) => {
    const key = ctx.header("x-api-key");
    if (key === ctx.options.auth.apiKey) return { ok: true, principal: "key" };
    const bearer = ctx.header("authorization")?.replace(/^Bearer /, "");
    if (bearer === ctx.options.auth.apiKey) return { ok: true, principal: "key" };
    if (bearer && ctx.state.tokens.includes(bearer))
      return bearer === ctx.state.tokens[0]
        ? { ok: false, response: ctx.error(401, "AUTH", "Token expired") }
        : { ok: true, principal: bearer };
    return { ok: false, response: ctx.error(401, "AUTH", "Unauthorized") };
  },
  rateLimited: (ctx) => ctx.error(429, "RATE_LIMITED", "Slow down"),
  error: (_ctx, problem) => json(problem.status, { error: { code: problem.code, message: problem.message } }),
});
