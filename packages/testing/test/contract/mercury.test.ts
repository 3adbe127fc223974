import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSpecValidator } from "../../../../scripts/spec-validator";
import { startFakeServer, type FakeServer } from "../../src/index";
import type { MercuryAuth, MercuryState } from "../../src/providers/mercury";

/**
 * Crawls every operation of the mercury fake — every page of every project's list, plain,
 * filtered, sorted and stage-scoped, and every error path — and checks each body against the spec.
 */
const spec = fileURLToPath(new URL("../../../../specs/mercury/openapi.yaml", import.meta.url));
const validator = createSpecValidator(spec);
const ok = new Set<string>();
const statuses = new Set<number>();
let server: FakeServer<MercuryState, MercuryAuth>;

beforeAll(async () => {
  server = await startFakeServer("mercury", { users: 57, seed: 3 });
});
afterAll(() => server.close());

interface Users {
  data: { items: { userId: string }[] };
}

/** GETs `target` as `operationId` and validates the body against the spec's response for its status. */
async function send(operationId: string, target: string, key: string | null = server.auth.apiKey) {
  const res = await fetch(server.url + target, {
    headers: key === null ? {} : { authorization: `Bearer ${key}` },
  });
  const body: unknown = await res.json();
  expect(
    validator.response(operationId, res.status, body),
    `${operationId} ${res.status} ${target}`,
  ).toBeNull();
  statuses.add(res.status);
  if (res.ok) ok.add(operationId);
  return { status: res.status, body: body as Users };
}

const path = (projectId: string) => `/projects/${projectId}/users/properties`;

/** Every page by keyset, `startId` inclusive: each later page asks for one more and drops its first user. */
async function crawl(
  projectId: string,
  limit: number,
  extra: Record<string, string> = {},
): Promise<string[]> {
  const seen: string[] = [];
  let startId: string | undefined;
  for (;;) {
    const size = startId ? limit + 1 : limit;
    const query = new URLSearchParams({ ...extra, limit: String(size), ...(startId && { startId }) });
    const { status, body } = await send("listBotUsers", `${path(projectId)}?${query}`);
    expect(status).toBe(200);
    const page = body.data.items.map((u) => u.userId);
    const fresh = startId ? page.slice(1) : page;
    seen.push(...fresh);
    if (page.length < size) return seen;
    startId = page[page.length - 1];
  }
}

describe("mercury fake against specs/mercury/openapi.yaml", () => {
  it("uses a validator that notices a drift", () => {
    expect(
      validator.response("listBotUsers", 200, { success: true, data: { items: [{ userId: "a" }] } }),
    ).not.toBeNull();
    expect(validator.response("listBotUsers", 200, { success: true, data: [] })).not.toBeNull();
  });

  it.each([1, 7, 50, 100])("listBotUsers: every page of every project at limit %i", async (limit) => {
    for (const [projectId, project] of Object.entries(server.state.projects)) {
      const all = project.users.map((u) => u.user.userId).sort();
      expect(await crawl(projectId, limit)).toEqual(all);
    }
  });

  it("listBotUsers: every page filtered, sorted and stage-scoped", async () => {
    const { projectId } = server.state;
    const stageIds = server.state.projects[projectId]!.stageIds;
    const filters = JSON.stringify([
      { mode: "exclude", field: "user.company", operator: "=", value: "Acme" },
    ]);
    const seen = await crawl(projectId, 4, {
      stageIds: stageIds.join(","),
      filters,
      sortBy: "-user.visits,+user.lastName",
    });
    const expected = server.state.projects[projectId]!.users.filter(
      (u) => u.user.properties["user.company"] !== "Acme",
    );
    expect(seen.sort()).toEqual(expected.map((u) => u.user.userId).sort());
    expect(await crawl(projectId, 10, { stageIds: "00000000-0000-4000-8000-000000000000" })).toEqual([]);
  });

  it("listBotUsers: the 400, 401, 403 and 404 bodies", async () => {
    const { projectId } = server.state;
    const cases: [string, string | null, number][] = [
      [`${path(projectId)}?filters=not-json`, server.auth.apiKey, 400],
      [`${path(projectId)}?filters=%7B%7D`, server.auth.apiKey, 400],
      [`${path(projectId)}?sortBy=user.lastName`, server.auth.apiKey, 400],
      [`${path(projectId)}?limit=0`, server.auth.apiKey, 400],
      [`${path(projectId)}?stageIds=%2C`, server.auth.apiKey, 400],
      [path(projectId), null, 401],
      [path(projectId), "mk_wrong_key", 401],
      [path("11111111-2222-4333-8444-555555555555"), server.auth.apiKey, 403],
      [path("00000000-0000-4000-8000-000000000000"), server.auth.apiKey, 404],
    ];
    for (const [target, key, status] of cases)
      expect((await send("listBotUsers", target, key)).status).toBe(status);
  });

  it("listBotUsers: the 429 body, with a budget and as an injected fault", async () => {
    const limited = await startFakeServer("mercury", {
      rateLimit: { requests: 1, perSeconds: 60 },
      faults: ["ok", "ok", "503"],
    });
    try {
      for (const expected of [200, 429, 503]) {
        const res = await fetch(limited.url + path(limited.state.projectId), {
          headers: { authorization: `Bearer ${limited.auth.apiKey}` },
        });
        expect(res.status).toBe(expected);
        expect(validator.response("listBotUsers", res.status, await res.json())).toBeNull();
        statuses.add(res.status);
      }
    } finally {
      await limited.close();
    }
  });

  it("exercised every operation of the spec with a 2xx, and every error status", () => {
    for (const id of validator.operations.keys()) expect(ok, id).toContain(id);
    expect([...statuses].sort()).toEqual([200, 400, 401, 403, 404, 429, 503]);
  });
});
