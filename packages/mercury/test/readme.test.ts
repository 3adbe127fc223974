/// <reference types="node" />
import { afterAll, describe, expect, it, vi } from "vitest";

/**
 * Runs every TypeScript example of README.md, verbatim, against the fake server; the assertions
 * below check what they did. The examples run in order at module level (their imports are
 * hoisted), sharing the `client` of the quickstart. Edit README.md and this file together.
 */

// what the examples expect to find: a fake server's `baseUrl` and the environment variables
const server = await startFakeServer("mercury", { users: 40, seed: 21 });
const baseUrl = server.url;
process.env.MERCURY_API_KEY = server.auth.apiKey;
process.env.MERCURY_WEBHOOK_SECRET = "whsec_readme_example_secret";
const log = vi.spyOn(console, "log").mockImplementation(() => {});
const error = vi.spyOn(console, "error").mockImplementation(() => {});
afterAll(async () => {
  vi.restoreAllMocks();
  await server.close();
});
const PROJECT = "3f2b8c1e-9d4a-4e6b-8f10-2a3b4c5d6e7f";
const users = () => server.state.projects[PROJECT]!.users.map((u) => u.user);
const logged = () => log.mock.calls.splice(0);

// ---- README: Quickstart
import { createMercuryClient } from "@clientele/mercury";

const client = createMercuryClient({
  apiKey: process.env.MERCURY_API_KEY!,
  projectId: "3f2b8c1e-9d4a-4e6b-8f10-2a3b4c5d6e7f",
  baseUrl,
});

const customers = client.listBotUsers({
  filters: [{ mode: "include", field: "user.company", operator: "=", value: "Mercury.ai" }],
  sortBy: [{ field: "user.lastName", order: "asc" }],
});
for await (const user of customers) {
  console.log(user.userId, user.firstName, user.properties["user.company"]);
}

const quickstartLog = logged();

// ---- README: Filters, sorting and stages: raw calls
import { serializeFilters, unwrap } from "@clientele/mercury";

const { data } = await client.GET("/projects/{projectId}/users/properties", {
  params: {
    path: { projectId: "3f2b8c1e-9d4a-4e6b-8f10-2a3b4c5d6e7f" },
    query: {
      filters: serializeFilters([{ mode: "exclude", field: "user.company", operator: "=", value: "Acme" }]),
      sortBy: "-user.visits,+user.lastName",
      limit: 10,
    },
  },
});
const firstTen = data?.data.items ?? [];

const page = await unwrap(
  client.GET("/projects/{projectId}/users/properties", {
    params: { path: { projectId: "3f2b8c1e-9d4a-4e6b-8f10-2a3b4c5d6e7f" }, query: { limit: 5 } },
  }),
);

// ---- README: Pagination
const walk = client.listBotUsers({ limit: 10 });
const firstBatch = await walk.toArray({ max: 15 });
const saved = walk.position; // plain JSON: store it, continue later
const remaining = await client.listBotUsers({ limit: 10 }, { resume: saved }).toArray();

for await (const page of client
  .listBotUsers({ stageIds: ["a6819263-73f9-48db-969f-ee9d7241d7b6"] })
  .pages()) {
  console.log(page.query.startId, page.items.length, page.response.status);
}

const everyone = client.paginate("/projects/{projectId}/users/properties", {
  params: { path: { projectId: "3f2b8c1e-9d4a-4e6b-8f10-2a3b4c5d6e7f" }, query: { limit: 50 } },
});
const all = await everyone.toArray();

const paginationLog = logged();

// ---- README: Errors
import { isApiError, isValidationError } from "@clientele/mercury";

try {
  await client.listBotUsers({ projectId: "00000000-0000-4000-8000-000000000000" }).toArray();
} catch (error) {
  if (isApiError(error))
    console.error(error.status, error.providerMessage); // 404 "Project not found"
  else if (isValidationError(error)) console.error(error.field, error.rule);
  else throw error;
}

// ---- README: Retries and deadlines
const patient = createMercuryClient({
  apiKey: process.env.MERCURY_API_KEY!,
  projectId: "3f2b8c1e-9d4a-4e6b-8f10-2a3b4c5d6e7f",
  baseUrl,
  retry: { retries: 4, baseDelayMs: 250 }, // or a number, or false
  timeoutMs: 10_000,
  deadlineMs: 60_000,
});
const quick = await patient
  .listBotUsers({ limit: 20 }, { retry: false, deadlineMs: 5_000 })
  .toArray({ max: 20 });

// ---- README: parseLastInteractionTime
import { parseLastInteractionTime } from "@clientele/mercury";

const [someone] = await client.listBotUsers({ limit: 5 }).toArray({ max: 1 });
const lastSeen = parseLastInteractionTime(someone!.lastInteractionTime); // a Date, read as UTC
const idleDays = (Date.now() - lastSeen.getTime()) / 86_400_000;

// ---- README: verifyWebhookSignature
import { verifyWebhookSignature } from "@clientele/mercury";

// a fetch-style handler: Next.js route handlers, Cloudflare Workers, Deno, Bun, Hono…
async function receiveMercuryEvent(request: Request): Promise<Response> {
  const body = await request.text(); // the raw body, before any JSON parsing
  const signature = request.headers.get("x-hub-signature");
  if (!(await verifyWebhookSignature(body, signature, process.env.MERCURY_WEBHOOK_SECRET!))) {
    return new Response("invalid signature", { status: 401 });
  }
  const event = JSON.parse(body) as { type?: string };
  console.log("mercury event", event.type); // "ping" when the endpoint is created
  return new Response(null, { status: 200 }); // answer within 2 seconds
}

// ---- README: Testing against the fake
import { startFakeServer } from "@clientele/testing";

const fake = await startFakeServer("mercury", { users: 120, seed: 7 });
const onFake = createMercuryClient({ ...fake.auth, projectId: fake.state.projectId, baseUrl: fake.url });
const seeded = await onFake.listBotUsers().toArray(); // 120 users
await fake.close();

const byId = (a: { userId: string }, b: { userId: string }) => (a.userId < b.userId ? -1 : 1);
const ids = (list: { userId: string }[]) => list.map((u) => u.userId);

describe("README examples", () => {
  it("Quickstart: lists the Mercury.ai users by last name, nameless ones last", () => {
    const name = (u: { properties: Record<string, unknown> }) =>
      u.properties["user.lastName"] as string | undefined;
    const expected = users()
      .filter((u) => u.properties["user.company"] === "Mercury.ai")
      .sort((a, b) => {
        const [x, y] = [name(a), name(b)];
        if (x === undefined || y === undefined) return x === y ? byId(a, b) : x === undefined ? 1 : -1;
        return x < y ? -1 : x > y ? 1 : byId(a, b);
      });
    expect(expected.length).toBeGreaterThan(3);
    expect(quickstartLog).toEqual(expected.map((u) => [u.userId, u.firstName, "Mercury.ai"]));
  });

  it("raw calls: serializeFilters, a sortBy string, unwrap", () => {
    expect(firstTen).toHaveLength(10);
    expect(firstTen.every((u) => u.properties["user.company"] !== "Acme")).toBe(true);
    const visits = firstTen.map((u) => (u.properties["user.visits"] as number | undefined) ?? -1);
    expect(visits).toEqual([...visits].sort((a, b) => b - a));
    expect(page.data.items).toHaveLength(5);
  });

  it("Pagination: a resumed walk, pages and the raw paginate give every user once", () => {
    const sorted = ids([...users()].sort(byId));
    expect(ids([...firstBatch, ...remaining])).toEqual(sorted);
    expect(ids(all)).toEqual(sorted);
    const stage = server.state.projects[PROJECT]!.users.filter(
      (u) => u.stageId === "a6819263-73f9-48db-969f-ee9d7241d7b6",
    );
    expect(paginationLog.reduce((sum, [, count]) => sum + (count as number), 0)).toBe(stage.length);
    expect(paginationLog.every(([, , status]) => status === 200)).toBe(true);
  });

  it("Errors: an unknown project is a 404 ApiError with the provider's message", () => {
    expect(error).toHaveBeenCalledWith(404, "Project not found");
  });

  it("Retries and deadlines: per-client and per-call options", () => {
    expect(quick).toHaveLength(20);
    expect(patient.baseUrl).toBe(baseUrl);
  });

  it("parseLastInteractionTime: a Date read as UTC", () => {
    expect(someone).toBeDefined();
    const [date, time] = someone!.lastInteractionTime.split(" ");
    expect(Math.abs(lastSeen.getTime() - Date.parse(`${date}T${time}Z`))).toBeLessThan(1);
    expect(idleDays).toBeGreaterThan(300);
  });

  it("verifyWebhookSignature: the handler accepts a signed ping and refuses a tampered one", async () => {
    const body = JSON.stringify({ type: "ping" });
    const t = Math.floor(Date.now() / 1000);
    const header = `t=${t},sig=${await hmacHex(process.env.MERCURY_WEBHOOK_SECRET!, `${t}:${body}`)}`;
    const post = (text: string) =>
      receiveMercuryEvent(
        new Request("https://example.test/hooks/mercury", {
          method: "POST",
          body: text,
          headers: { "x-hub-signature": header },
        }),
      );
    expect((await post(body)).status).toBe(200);
    expect(logged()).toEqual([["mercury event", "ping"]]);
    expect((await post(JSON.stringify({ type: "ping", injected: true }))).status).toBe(401);
  });

  it("Testing against the fake: a seeded fake of 120 users", () => {
    expect(seeded).toHaveLength(120);
    expect(onFake.baseUrl).not.toBe(baseUrl);
  });
});

async function hmacHex(secret: string, text: string): Promise<string> {
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey(
    "raw",
    enc.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, enc.encode(text)));
  return Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("");
}
