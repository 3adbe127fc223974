import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSpecValidator } from "../../../../scripts/spec-validator";
import { startFakeServer, type FakeServer } from "../../src/index";
import type { SparkwiseAuth, SparkwiseState } from "../../src/providers/sparkwise";

/**
 * Crawls every operation of the sparkwise fake — every page of every list, the batch results with
 * and without failures, and the error paths — and checks each body against the spec.
 */
const spec = fileURLToPath(new URL("../../../../specs/sparkwise/openapi.yaml", import.meta.url));
const validator = createSpecValidator(spec);
const ok = new Set<string>();
const checked: string[] = [];
let server: FakeServer<SparkwiseState, SparkwiseAuth>;

beforeAll(async () => {
  server = await startFakeServer("sparkwise", { users: 57, seed: 3 });
});
afterAll(() => server.close());

interface SendOptions {
  key?: string;
  /** The body breaks the spec on purpose (a 400 case). */
  invalid?: boolean;
}

/** Sends one request as `operationId` and validates the response body (and the request body) against the spec. */
async function send(operationId: string, target: string, body?: unknown, options: SendOptions = {}) {
  const { key = server.auth.apiKey, invalid = false } = options;
  if (body !== undefined) expect(validator.request(operationId, body) === null).toBe(!invalid);
  const { method } = validator.operations.get(operationId)!;
  const res = await fetch(server.url + target, {
    method: method.toUpperCase(),
    headers: { "x-api-key": key, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json: unknown = await res.json();
  expect(
    validator.response(operationId, res.status, json),
    `${operationId} ${res.status} ${target}`,
  ).toBeNull();
  checked.push(`${operationId} ${res.status}`);
  if (res.ok) ok.add(operationId);
  return { status: res.status, body: json as any };
}

describe("sparkwise fake against specs/sparkwise/openapi.yaml", () => {
  it("uses a validator that notices a drift", () => {
    expect(
      validator.response("listUsers", 200, { success: true, data: { items: [{ firstName: "A" }] } }),
    ).not.toBeNull();
    expect(validator.response("listCompletions", 200, { success: true, data: [] })).not.toBeNull();
  });

  it.each([1, 7, 57, 200])("listUsers: every page at pageSize %i, then one past the end", async (size) => {
    const ids: string[] = [];
    for (let page = 0; ; page++) {
      const { body } = await send("listUsers", `/users?page=${page}&pageSize=${size}`);
      ids.push(...body.data.items.map((u: { id: string }) => u.id));
      if (body.data.next === null) {
        await send("listUsers", `/users?page=${page + 1}&pageSize=${size}`);
        break;
      }
    }
    expect(ids).toEqual(server.state.users.map((u) => u.id));
  });

  it("listClusters and listCompletions: all, windows, an empty window", async () => {
    for (const op of ["listClusters", "listCompletions"]) {
      const path = op === "listClusters" ? "/clusters" : "/completions";
      await send(op, path);
      await send(op, `${path}?from=2024-01-01T00:00:00Z&to=2024-12-31T00:00:00Z`);
      await send(op, `${path}?from=2030-01-01T00:00:00Z`);
      await send(op, `${path}?to=2023-06-01T00:00:00Z`);
    }
  });

  it("upsertUsers and deactivateUsers: writes, per-member failures, soft deactivation", async () => {
    const upsert = await send("upsertUsers", "/users/batch-upsert", {
      users: [
        { remoteId: "ext-00001", firstName: "Renamed", active: true },
        { remoteId: "ext-new", firstName: "New", email: "new@example.com" },
        { remoteId: "invalid-1", firstName: "Bad" },
        { remoteId: "ext-00002", email: "x@untrusted.example" },
      ],
    });
    expect(upsert.body.data.failed).toHaveLength(2);
    const deactivate = await send("deactivateUsers", "/users/batch-deactivate", {
      users: [{ remoteId: "ext-new" }, { remoteId: "ext-ghost" }, { remoteId: "ext-00003", id: "x" }],
    });
    expect(deactivate.body.data.failed).toHaveLength(1);
    await send("listUsers", "/users?page=0");
  });

  it("error paths: 400, 401, 404, 405, 429 and injected 5xx", async () => {
    await send("listUsers", "/users?pageSize=0");
    await send("listUsers", "/users?page=-1");
    await send("listClusters", "/clusters?from=2024-06-01T00:00:00Z&to=2024-06-01T00:00:00Z");
    await send("listCompletions", "/completions?from=nope");
    await send("upsertUsers", "/users/batch-upsert", { users: [] }, { invalid: true });
    await send("deactivateUsers", "/users/batch-deactivate", { users: [{}] }, { invalid: true });
    for (const op of validator.operations.keys()) {
      const { path, method } = validator.operations.get(op)!;
      const body = method === "post" ? { users: [{ remoteId: "ext-00004" }] } : undefined;
      expect((await send(op, path, body, { key: "swk_wrong" })).status).toBe(401);
    }
    expect((await send("listUsers", "/nope")).status).toBe(404);
    expect((await send("listUsers", "/users/batch-upsert")).status).toBe(405);
    server.setFaults(["500", "503"]);
    await send("listUsers", "/users");
    await send("upsertUsers", "/users/batch-upsert", { users: [{ remoteId: "ext-00005" }] });
    server.setFaults(undefined);
    const limited = await startFakeServer("sparkwise", { rateLimit: { requests: 1, perSeconds: 60 } });
    try {
      const res = await fetch(`${limited.url}/users`, { headers: { "x-api-key": limited.auth.apiKey } });
      await res.body?.cancel();
      const again = await fetch(`${limited.url}/users`, { headers: { "x-api-key": limited.auth.apiKey } });
      expect(again.status).toBe(429);
      expect(validator.response("listUsers", 429, await again.json())).toBeNull();
      checked.push("listUsers 429");
    } finally {
      await limited.close();
    }
  });

  it("exercised every operation of the spec with a 2xx", () => {
    expect([...ok].sort()).toEqual([...validator.operations.keys()].sort());
    for (const status of ["400", "401", "404", "405", "429", "500", "503"])
      expect(
        checked.some((c) => c.endsWith(` ${status}`)),
        status,
      ).toBe(true);
  });
});
