/**
 * Runs every ```ts block of the README, verbatim and in order, against a fake provider API (a root
 * test checks that each block stands in this file), then checks what they printed. The blocks are
 * module code: their imports are hoisted, so the setup comes first. It defines what the blocks take
 * as given: a provider's `metadata`, `paths` and `PageItems`, the fake's `fetch`, `apiKey`, `token`,
 * `environmentId`, an `oauth` token source and `newUsers`. It also checks that the README documents
 * every option.
 */
import { afterAll, describe, expect, it, vi } from "vitest";
import { DEFAULT_RETRY, type ProviderMetadata, cursorPagination, pagePagination } from "../src/index.js";

interface User {
  id: string;
  email: string;
}
interface Course {
  code: string;
}
type Json<T> = { content: { "application/json": T } };
type Failure = Json<{ error: { code: string; message: string } }>;
/** The provider's types, as openapi-typescript writes them. */
interface paths {
  "/users": {
    get: {
      parameters: { query?: { cursor?: string; pageSize?: number } };
      responses: {
        200: Json<{ data: User[]; hasMore: boolean; nextCursor?: string; pageSize: number }>;
        default: Failure;
      };
    };
  };
  "/users/{userId}": {
    get: { parameters: { path: { userId: string } }; responses: { 200: Json<User>; 404: Failure } };
  };
  "/courses": {
    get: {
      parameters: { query?: { page?: number } };
      responses: { 200: Json<{ items: Course[]; totalPages: number }> };
    };
  };
  "/reports": { post: { requestBody: Json<{ kind: string }>; responses: { 201: Json<{ id: string }> } } };
  "/users/batch-upsert": {
    post: {
      requestBody: Json<{ source?: string; users: { email: string }[] }>;
      responses: { 200: Json<{ failed: { email: string; reason: string }[] }> };
    };
  };
  "/health": { get: { responses: { 200: Json<{ ok: boolean }> } } };
}
/** The item type of every paginated path, as the generator writes it. */
interface PageItems {
  "/users": User;
  "/courses": Course;
}
/** The provider's metadata, as the generator writes it. */
const metadata = {
  name: "acme",
  servers: [{ url: "https://api.acme.test/v1" }],
  securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
  errors: { code: "/error/code", message: "/error/message", requestIdHeaders: ["x-request-id"] },
  rateLimit: { requests: 50, perSeconds: 10 },
  operations: {
    "GET /health": { id: "health", auth: false },
    "GET /users": {
      id: "listUsers",
      params: { query: { pageSize: { type: "integer", minimum: 1, maximum: 200 } } },
      pagination: {
        style: "cursor",
        items: "/data",
        hasMore: "/hasMore",
        cursorParam: "cursor",
        nextCursor: "/nextCursor",
        sizeParam: "pageSize",
        sizeUsed: "/pageSize",
      },
    },
    "GET /users/{userId}": {
      id: "getUser",
      params: { path: { userId: { type: "string", required: true } } },
    },
    "GET /courses": {
      id: "listCourses",
      pagination: {
        style: "page",
        items: "/items",
        pageParam: "page",
        firstPage: 0,
        totalPages: "/totalPages",
      },
    },
    "POST /reports": { id: "createReport" },
    "POST /users/batch-upsert": {
      id: "upsertUsers",
      idempotent: true,
      batch: {
        items: "/users",
        max: 2,
        key: "/email",
        failures: "/failed",
        failureKey: "/email",
        failureReason: "/reason",
      },
    },
  },
  pageStyles: { cursor: cursorPagination, page: pagePagination },
} as const satisfies ProviderMetadata;

const USERS: User[] = Array.from({ length: 7 }, (_, i) => ({
  id: `u${i + 1}`,
  email: `user${i + 1}@example.test`,
}));
const COURSES: Course[] = Array.from({ length: 5 }, (_, i) => ({ code: `C${i}` }));
const apiKey = "key-readme-0001";
const token = "token-readme-0002";
const environmentId = "env-7";
/** A token source whose first token the fake refuses. */
const oauth = { current: async () => "expired-token", refresh: async () => "fresh-token" };
const newUsers = [{ email: "ann@example.test" }, { email: "bad@example.test" }, { email: "bo@example.test" }];

/** The fake API: answers like the provider would. */
async function fetch(request: Request, _init?: { signal?: AbortSignal }): Promise<Response> {
  const url = new URL(request.url);
  const q = (name: string) => url.searchParams.get(name);
  const path = url.pathname.replace("/v1", "");
  if (path == "/health") return Response.json({ ok: true });
  const credential = request.headers.get("authorization") ?? request.headers.get("x-api-key");
  if (!credential || credential.includes("expired"))
    return Response.json({ error: { code: "AUTH", message: "Unauthorized" } }, { status: 401 });
  if (path == "/users") {
    const size = Number(q("pageSize") ?? 3);
    const start = Number(q("cursor") ?? 0);
    const more = start + size < USERS.length;
    return Response.json({
      data: USERS.slice(start, start + size),
      hasMore: more,
      nextCursor: more ? String(start + size) : undefined,
      pageSize: size,
    });
  }
  if (path.startsWith("/users/") && request.method == "GET") {
    const user = USERS.find((u) => u.id == path.split("/")[2]);
    if (user) return Response.json(user);
    return Response.json(
      { error: { code: "NOT_FOUND", message: "No such user." } },
      { status: 404, headers: { "x-request-id": "req-404" } },
    );
  }
  if (path == "/courses")
    return Response.json({ items: COURSES.slice(Number(q("page") ?? 0) * 2).slice(0, 2), totalPages: 3 });
  if (path == "/reports") return Response.json({ id: "r1" }, { status: 201 });
  if (path == "/users/batch-upsert") {
    const { users } = (await request.json()) as { users: { email: string }[] };
    return Response.json({
      failed: users
        .filter((u) => u.email.startsWith("bad"))
        .map(({ email }) => ({ email, reason: "invalid email" })),
    });
  }
  return new Response(null, { status: 404 });
}

const logged: string[] = [];
const log = vi
  .spyOn(console, "log")
  .mockImplementation((...args: unknown[]) => void logged.push(args.join(" ")));
afterAll(() => log.mockRestore());
const marks: Record<string, number> = {};
const mark = (name: string) => (marks[name] = logged.length);
const printed = (name: string) =>
  logged.slice(marks[name], Object.values(marks).find((n) => n > marks[name]!) ?? logged.length);

// README: Quickstart
mark("Quickstart");
import { bearerAuth, createClient, unwrap } from "@clientele/core";

// Leave fetch out and requests go to the spec's server with the global fetch.
const client = createClient<paths, PageItems>(metadata, { auth: bearerAuth(apiKey), fetch });

const { data, error, response } = await client.GET("/users/{userId}", { params: { path: { userId: "u1" } } });
const user = await unwrap(client.GET("/users/{userId}", { params: { path: { userId: "u1" } } }));
console.log(response.status, data?.email === user.email); // 200 true

for await (const each of client.paginate("/users", { params: { query: { pageSize: 3 } } })) {
  console.log(each.id, each.email);
}

// README: Options: per call
mark("Options: per call");
const report = await client.POST("/reports", {
  body: { kind: "weekly" },
  retry: false,
  timeoutMs: 5_000,
  deadlineMs: 20_000,
  signal: AbortSignal.timeout(30_000),
});
console.log(report.response.status); // 201

// README: Authentication
mark("Authentication");
import { combineAuth, headerAuth } from "@clientele/core";

const keyAuth = headerAuth("x-api-key", apiKey); // an API key in a named header
const metacomAuth = combineAuth(bearerAuth(token), headerAuth("environment-id", environmentId)); // several headers

// A token provider: called for the first token, and again with { refresh: true } after a 401.
const oauthAuth = bearerAuth(async ({ refresh }) =>
  refresh ? await oauth.refresh() : await oauth.current(),
);
const refreshing = createClient<paths, PageItems>(metadata, { auth: oauthAuth, fetch });
console.log((await unwrap(refreshing.GET("/users/{userId}", { params: { path: { userId: "u1" } } }))).id); // u1

// README: Retries
mark("Retries");
const patient = createClient<paths, PageItems>(metadata, {
  auth: keyAuth,
  fetch,
  retry: { retries: 4, baseDelayMs: 200, maxRetryAfterMs: 120_000 },
});
const impatient = createClient<paths, PageItems>(metadata, { auth: keyAuth, fetch, retry: false });
await client.GET("/health", { retry: 0 });

// README: Deadlines and cancellation
mark("Deadlines and cancellation");
const listed = await client.GET("/users", { signal: AbortSignal.timeout(2_000), deadlineMs: 10_000 });

// README: A custom fetch
mark("A custom fetch");
const traced = createClient<paths, PageItems>(metadata, {
  auth: keyAuth,
  fetch: (request, init) => (
    console.log(request.method, new URL(request.url).pathname),
    fetch(request, init)
  ),
});
await traced.GET("/health"); // GET /v1/health

// README: Errors and unwrap
mark("Errors and unwrap");
import { isApiError, isRateLimitError } from "@clientele/core";

try {
  await unwrap(client.GET("/users/{userId}", { params: { path: { userId: "nobody" } } }));
} catch (error) {
  if (isRateLimitError(error)) console.log(`try again at ${error.retryAt?.toISOString()}`);
  else if (isApiError(error)) console.log(error.status, error.code, error.providerMessage, error.requestId);
  else throw error;
} // 404 NOT_FOUND No such user. req-404

// README: Parameter checks
mark("Parameter checks");
import { isValidationError } from "@clientele/core";

try {
  await client.GET("/users", { params: { query: { pageSize: 500 } } });
} catch (error) {
  if (isValidationError(error)) console.log(error.field, error.rule, error.message);
} // query.pageSize maximum query.pageSize must satisfy maximum 200 (got 500)

// README: Pagination
mark("Pagination");
for await (const page of client.paginate("/users", { params: { query: { pageSize: 3 } } }).pages()) {
  console.log(page.items.length, page.usedSize, page.response.status, page.next?.query.cursor); // 3 3 200 3, …
}

const walk = client.paginate("/users", { params: { query: { pageSize: 3 } } });
const head = await walk.toArray({ max: 4 }); // a bounded collect (default: everything)
const saved = JSON.stringify(walk.position); // where the rest starts; null once the walk has ended
const rest = await client.paginate("/users", {}, { resume: JSON.parse(saved) }).toArray();
console.log(head.length, rest.length); // 4 3: every user once

const courses = await client.paginate("/courses", {}, { concurrency: 8 }).toArray(); // 8 pages at a time, in order
const oneByOne = await client.paginate("/users", {}, { concurrency: 1, prefetch: false }).toArray();

// README: Batches
mark("Batches");
import { runBatch } from "@clientele/core";

const { succeeded, failed } = await runBatch(client, "POST", "/users/batch-upsert", newUsers, {
  body: { source: "lms" },
  concurrency: 2,
  onProgress: (progress) => console.log(`${progress.done}/${progress.total}, ${progress.failed} failed`),
});
for (const { member, reason } of failed) console.log(member.email, reason); // bad@example.test invalid email

// README: Pacing
mark("Pacing");
const paced = createClient<paths, PageItems>(metadata, { auth: keyAuth, fetch, pace: true });
const budgeted = createClient<paths, PageItems>(metadata, {
  auth: keyAuth,
  fetch,
  pace: { requests: 10, perSeconds: 1 },
});

// README: Hooks
mark("Hooks");
const observed = createClient<paths, PageItems>(metadata, {
  auth: keyAuth,
  fetch,
  hooks: {
    onRequest: ({ method, url, attempt }) => console.log("→", method, url, attempt),
    onResponse: ({ url, status, durationMs }) => console.log("←", url, status, durationMs >= 0),
    onRetry: ({ url, attempt, delayMs, reason }) =>
      console.log(`retry ${url} #${attempt} in ${delayMs} ms: ${reason}`),
  },
});
await observed.GET("/health"); // → GET https://api.acme.test/v1/health 1, then ← https://api.acme.test/v1/health 200 true

describe("the README's examples", () => {
  it("print what their comments say", () => {
    expect(printed("Quickstart")).toEqual(["200 true", ...USERS.map((u) => `${u.id} ${u.email}`)]);
    expect(printed("Options: per call")).toEqual(["201"]);
    expect(printed("Authentication")).toEqual(["u1"]);
    expect(printed("Errors and unwrap")).toEqual(["404 NOT_FOUND No such user. req-404"]);
    expect(printed("Parameter checks")).toEqual([
      "query.pageSize maximum query.pageSize must satisfy maximum 200 (got 500)",
    ]);
    expect(printed("Pagination")).toEqual(["3 3 200 3", "3 3 200 6", "1 3 200 ", "4 3"]);
    expect(printed("A custom fetch")).toEqual(["GET /v1/health"]);
    expect(printed("Batches")).toEqual(["2/3, 1 failed", "3/3, 1 failed", "bad@example.test invalid email"]);
    expect(printed("Hooks")).toEqual([
      "→ GET https://api.acme.test/v1/health 1",
      "← https://api.acme.test/v1/health 200 true",
    ]);
  });

  it("leave every value they make as the text says", () => {
    expect(succeeded.map((u) => u.email)).toEqual(["ann@example.test", "bo@example.test"]);
    expect(courses.map((c) => c.code)).toEqual(COURSES.map((c) => c.code));
    expect(oneByOne).toHaveLength(USERS.length);
    expect(listed.data?.data).toHaveLength(3);
    expect(error).toBeUndefined();
    for (const made of [patient, impatient, paced, budgeted, refreshing, metacomAuth])
      expect(made).toBeTruthy();
  });
});

/** Every option a consumer can pass, by where it is passed. */
const OPTIONS = {
  client: [
    "auth",
    "baseUrl",
    "server",
    "serverVariables",
    "fetch",
    "headers",
    "retry",
    "timeoutMs",
    "deadlineMs",
    "hooks",
    "pace",
    "allowInsecureHttp",
  ],
  call: ["retry", "timeoutMs", "deadlineMs", "signal"],
  retry: Object.keys(DEFAULT_RETRY),
  paginate: ["concurrency", "prefetch", "resume", "toArray({ max"],
  batch: ["body", "concurrency", "onProgress"],
  hooks: ["onRequest", "onResponse", "onRetry"],
};
const readme = Object.values(
  import.meta.glob("../README.md", { query: "?raw", import: "default", eager: true }),
)[0]!;

describe("the README's option tables", () => {
  it.each(Object.entries(OPTIONS).flatMap(([where, names]) => names.map((name) => [where, name])))(
    "document the %s option %s",
    (_where, name) => {
      expect(readme).toContain(`\`${name}`);
    },
  );

  it("state the retry defaults the code has", () => {
    expect(readme).toContain(`\`${JSON.stringify(DEFAULT_RETRY.statuses).replace(/,/g, ", ")}\``);
    for (const value of [
      DEFAULT_RETRY.retries,
      DEFAULT_RETRY.baseDelayMs,
      DEFAULT_RETRY.maxDelayMs,
      DEFAULT_RETRY.maxRetryAfterMs,
    ])
      expect(readme).toContain(`\`${value}\``);
  });
});
