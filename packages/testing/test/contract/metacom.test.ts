import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSpecValidator } from "../../../../scripts/spec-validator";
import { startFakeServer, type FakeServer } from "../../src/index";
import type { MetacomAuth, MetacomState } from "../../src/providers/metacom";

/**
 * Crawls every operation of the metacom fake — every page of the users list at several page sizes,
 * every user, both `getUser` shapes, every write, and the 400/401/403/404/429/5xx paths — and
 * validates each body against specs/metacom/openapi.yaml.
 */
const validator = createSpecValidator(
  new URL("../../../../specs/metacom/openapi.yaml", import.meta.url).pathname,
);
const ok2xx = new Map<string, number>();
const seenStatuses = new Set<number>();
let server: FakeServer<MetacomState, MetacomAuth>;

beforeAll(async () => {
  server = await startFakeServer("metacom", { users: 40, seed: 11 });
});
afterAll(() => server.close());

type Init = {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  on?: FakeServer<MetacomState, MetacomAuth>;
};

/** Sends a request, validates the request body (if valid JSON for the op) and the response body. */
async function check(
  operationId: string,
  path: string,
  init: Init = {},
): Promise<{ status: number; body: any }> {
  const target = init.on ?? server;
  const headers = init.headers ?? {
    authorization: `Bearer ${target.auth.token}`,
    "environment-id": target.auth.environmentId,
  };
  const response = await fetch(target.url + path, {
    method: init.method ?? "GET",
    headers: { ...headers, "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const body = await response.json();
  const errors = validator.response(operationId, response.status, body);
  expect(errors, `${operationId} ${response.status} ${JSON.stringify(body).slice(0, 300)}`).toBeNull();
  seenStatuses.add(response.status);
  if (response.ok) ok2xx.set(operationId, (ok2xx.get(operationId) ?? 0) + 1);
  return { status: response.status, body };
}

describe("metacom fake against specs/metacom/openapi.yaml", () => {
  it("lists every page at several page sizes, both last-page shapes", async () => {
    for (const variant of ["absent", "null"] as const) {
      server.state.variants.lastPageNext = variant;
      for (const limit of [undefined, 1, 7, 40, 100]) {
        const ids: string[] = [];
        let next: string | undefined = limit === undefined ? "" : `limit=${limit}`;
        while (next !== undefined) {
          const { status, body } = await check("listUsers", `/users?${next}`);
          expect(status).toBe(200);
          ids.push(...body.data.map((u: { _id: string }) => u._id));
          next = body.pagination.next ?? undefined;
        }
        expect(ids).toEqual(server.state.users.map((u) => u._id));
      }
    }
  });

  it("serves every user in both shapes, and every user's reference data", async () => {
    for (const shape of ["array", "object"] as const) {
      server.state.variants.userData = shape;
      for (const user of server.state.users)
        expect((await check("getUser", `/users/${user._id}`)).status).toBe(200);
    }
    for (const user of server.state.users)
      expect((await check("getUserReferenceData", `/users/${user._id}/reference-data`)).status).toBe(200);
    expect((await check("getActiveUsersCount", "/usage-statistics/active-users")).status).toBe(200);
  });

  it("validates the writes, with request bodies the spec accepts", async () => {
    const userId = server.state.users[0]!._id;
    const requests: [string, string, unknown][] = [
      ["createLongLivedToken", `/users/${userId}/long-lived-tokens`, {}],
      [
        "createLongLivedToken",
        `/users/${userId}/long-lived-tokens`,
        { name: "sync", expiresAt: "2099-01-01T00:00:00.000Z" },
      ],
      ["resetPassword", "/auth/reset-password", { email: server.state.users[1]!.username }],
      ["resetPassword", "/auth/reset-password", { email: "nobody@example.com" }],
      ["resetTwoFactor", "/auth/reset-2FA", { userId }],
    ];
    for (const [operationId, path, body] of requests) {
      expect(validator.request(operationId, body)).toBeNull();
      expect((await check(operationId, path, { method: "POST", body })).status).toBe(200);
    }
  });

  it("validates the error bodies of every operation: 400, 401, 403, 404", async () => {
    const userId = server.state.users[0]!._id;
    const wrongToken = { authorization: "Bearer mc_lt_wrong", "environment-id": "acme_prod" };
    const noEnvironment = { authorization: `Bearer ${server.auth.token}` };
    const otherEnvironment = { ...noEnvironment, "environment-id": "elsewhere" };
    const all: [string, string, string, unknown][] = [...validator.operations].map(
      ([id, { method, path }]) => [
        id,
        method.toUpperCase(),
        path.replace("{userId}", userId),
        method === "post"
          ? id === "resetPassword"
            ? { email: "a@example.com" }
            : id === "resetTwoFactor"
              ? { userId }
              : {}
          : undefined,
      ],
    );
    for (const [id, method, path, body] of all) {
      expect((await check(id, path, { method, body, headers: wrongToken })).status).toBe(401);
      expect((await check(id, path, { method, body, headers: noEnvironment })).status).toBe(400);
      expect((await check(id, path, { method, body, headers: otherEnvironment })).status).toBe(403);
    }
    for (const query of ["limit=abc", "limit=0", "limit=101", "after=nobody", "foo=1"])
      expect((await check("listUsers", `/users?${query}`)).status).toBe(400);
    expect(
      (
        await check("createLongLivedToken", `/users/${userId}/long-lived-tokens`, {
          method: "POST",
          body: [],
        })
      ).status,
    ).toBe(400);
    expect((await check("resetPassword", "/auth/reset-password", { method: "POST", body: {} })).status).toBe(
      400,
    );
    expect(
      (await check("resetTwoFactor", "/auth/reset-2FA", { method: "POST", body: { userId: 42 } })).status,
    ).toBe(400);
    expect((await check("getUser", "/users/nobody")).status).toBe(404);
    expect((await check("getUserReferenceData", "/users/nobody/reference-data")).status).toBe(404);
    expect(
      (await check("createLongLivedToken", "/users/nobody/long-lived-tokens", { method: "POST", body: {} }))
        .status,
    ).toBe(404);
    expect(
      (await check("resetTwoFactor", "/auth/reset-2FA", { method: "POST", body: { userId: "nobody" } }))
        .status,
    ).toBe(404);
  });

  it("validates 403s of a non-admin user's token, 429s of a budget and injected 5xx", async () => {
    const [me, other] = server.state.users;
    me!.profile.environments!.acme_prod!.admin = false;
    const { body } = await check("createLongLivedToken", `/users/${me!._id}/long-lived-tokens`, {
      method: "POST",
      body: {},
    });
    const asMe = { authorization: `Bearer ${body.data.token}`, "environment-id": "acme_prod" };
    expect(
      (
        await check("createLongLivedToken", `/users/${other!._id}/long-lived-tokens`, {
          method: "POST",
          body: {},
          headers: asMe,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await check("resetTwoFactor", "/auth/reset-2FA", {
          method: "POST",
          body: { userId: other!._id },
          headers: asMe,
        })
      ).status,
    ).toBe(403);

    const limited = await startFakeServer("metacom", {
      users: 2,
      rateLimit: { requests: 1, perSeconds: 60 },
    });
    try {
      for (const [id, { method, path }] of validator.operations) {
        const init = { on: limited, method: method.toUpperCase(), body: method === "post" ? {} : undefined };
        const status = (await check(id, path.replace("{userId}", limited.state.users[0]!._id), init)).status;
        expect([200, 400, 429]).toContain(status);
      }
      limited.setFaults(["500", "502", "503", "504", "429", "429-no-retry-after"]);
      for (let i = 0; i < 6; i++) await check("listUsers", "/users", { on: limited });
    } finally {
      await limited.close();
    }
    expect([...seenStatuses]).toEqual(expect.arrayContaining([400, 401, 403, 404, 429, 500, 502, 503, 504]));
  });

  it("exercised every operation of the spec with a 2xx", () => {
    const missing = [...validator.operations.keys()].filter((id) => !ok2xx.has(id));
    expect(missing).toEqual([]);
  });
});
