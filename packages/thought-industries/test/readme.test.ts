/**
 * Runs every ```ts block of the README, verbatim, against the fake (a root test checks that each
 * block stands in this file). The blocks are module code, in README order: their `import`s are
 * hoisted, so the setup below may come first. It defines what the blocks take as given: `baseUrl`
 * (the fake's URL), the `TI_API_KEY` environment variable, and the users the examples name.
 */
import { startFakeServer as startFake } from "@clientele/testing";
import { afterAll, describe, expect, it, vi } from "vitest";

declare const process: { env: Record<string, string | undefined> };

const server = await startFake("thought-industries", { users: 30, seed: 11 });
const baseUrl = server.url;
process.env.TI_API_KEY = server.auth.apiKey;
server.state.users.push(
  {
    id: "5b0f6d1e-2c3a-4e7b-9a51-1f2e3d4c5b6a",
    email: "ana.silva@example.com",
    firstName: "Ana",
    externalCustomerId: "CRM-ANA",
  },
  {
    id: "a3c9e1f2-7b6d-4c5e-8f90-123456789abc",
    email: "li.wei+ti@example.com",
    firstName: "Li",
    externalCustomerId: null,
  },
);
for (const user of server.state.users)
  if (user.externalCustomerId === "CRM-1001") user.externalCustomerId = null;
server.state.users[3]!.externalCustomerId = "CRM-1001";
const logged: string[] = [];
const log = vi
  .spyOn(console, "log")
  .mockImplementation((...args: unknown[]) => void logged.push(args.join(" ")));
afterAll(async () => {
  log.mockRestore();
  await server.close();
});

// README: Quickstart
import { createThoughtIndustriesClient } from "@clientele/thought-industries";

const client = createThoughtIndustriesClient({ apiKey: process.env.TI_API_KEY!, baseUrl });

for await (const user of client.paginate("/users", { params: { query: { role: "learner" } } })) {
  console.log(user.email, user.disabled ? "(disabled)" : "");
}
const ana = await client.getUser("ana.silva@example.com");
for await (const event of client.eventFeed("/events/courseAction", { startDate: new Date("2024-11-01") })) {
  console.log(event.timestamp, event.type, event.user);
}

// README: Credentials and servers
const acme = createThoughtIndustriesClient({ tenant: "acme", apiKey: process.env.TI_API_KEY! });
console.log(acme.baseUrl); // https://acme.thoughtindustries.com/incoming/v2

const configured = createThoughtIndustriesClient({
  apiKey: process.env.TI_API_KEY!,
  baseUrl, // e.g. https://university.example.com/incoming/v2
  retry: { retries: 4, baseDelayMs: 250 }, // or a number, or false
  timeoutMs: 10_000, // per attempt
  deadlineMs: 60_000, // the whole call, retries included
});
const { data: ping } = await configured.GET("/ping"); // { valid: true }

// README: Pagination of users
const admins = await client.paginate("/users", { params: { query: { role: "admin" } } }).toArray();
for await (const page of client.paginate("/users").pages()) {
  console.log(page.items.length, page.response.headers.get("x-ratelimit-remaining"));
}
const walk = client.paginate("/users");
const firstHundred = await walk.toArray({ max: 100 });
const theRest = await client.paginate("/users", undefined, { resume: walk.position }).toArray();

// README: Users by id, e-mail address or external id
import { ApiError } from "@clientele/thought-industries";

const byEmail = await client.getUser("li.wei+ti@example.com");
const byExternalId = await client.getUser("CRM-1001");
try {
  await client.getUser("nobody@example.com");
} catch (error) {
  if (error instanceof ApiError && error.status === 404) console.log(error.providerMessage); // User not found
}

// README: Writing users
import { unwrap } from "@clientele/thought-industries";

const hire = await unwrap(
  client.POST("/users", {
    body: {
      email: "new.hire@example.com",
      firstName: "Nia",
      lastName: "Brown",
      upsert: true,
      courseSlugs: ["onboarding-101"],
    },
  }),
);
await unwrap(
  client.PUT("/users/{id}", { params: { path: { id: hire.id } }, body: { lastName: "Brown-Okafor" } }),
);
await unwrap(
  client.PUT("/users/{id}/updateStatus", {
    params: { path: { id: "new.hire@example.com" } },
    body: { status: "disabled" },
  }),
);

// README: Event feeds
const since = new Date("2024-11-01T00:00:00Z");
let completed = 0;
for await (const event of client.eventFeed("/events/courseAction", { startDate: since, kind: "completed" })) {
  console.log(event.timestamp, event.user, event.courseSku);
  completed++;
}
const logins = client.eventFeed("/events/login", {
  startDate: Date.parse("2024-11-01T00:00:00Z"),
  endDate: "2024-11-30T23:59:59.999Z",
});

// README: Errors
server.setFaults(["ok", "429"]); // the ping of this block meets a 429
import { RateLimitError, ValidationError } from "@clientele/thought-industries";

try {
  await client.getUser("..");
} catch (error) {
  if (error instanceof ValidationError) console.log(error.field, error.rule); // path.id path-segment
}
const reset = await client.POST("/users/{id}/resetProgress", {
  params: { path: { id: ana.id } },
  body: { slug: "", revokeAccess: false },
});
if (reset.error) console.log(reset.response.status, reset.error); // 400 { errors: ["slug is required"] }
try {
  await unwrap(
    createThoughtIndustriesClient({ apiKey: process.env.TI_API_KEY!, baseUrl, retry: false }).GET("/ping"),
  );
} catch (error) {
  if (error instanceof RateLimitError) console.log(`retry at ${error.retryAt?.toISOString()}`);
}

// README: Rate limits and pacing
const standard = createThoughtIndustriesClient({ apiKey: process.env.TI_API_KEY!, baseUrl, pace: true });
const enterprise = createThoughtIndustriesClient({
  apiKey: process.env.TI_API_KEY!,
  baseUrl,
  pace: "enterprise",
});

// README: Testing with the fake
import { startFakeServer } from "@clientele/testing";

const fake = await startFakeServer("thought-industries", { users: 250, seed: 7, faults: ["503"] });
fake.state.settings.shape = "envelope";
fake.state.settings.paging = "page";
const tested = createThoughtIndustriesClient({ ...fake.auth, baseUrl: fake.url });
const listed = await tested.paginate("/users").toArray(); // the 503 is retried
await fake.close();

describe("README examples", () => {
  it("Quickstart: lists learners, finds Ana, walks course actions", () => {
    expect(ana.id).toBe("5b0f6d1e-2c3a-4e7b-9a51-1f2e3d4c5b6a");
    const learners = server.state.users.filter((u) => u.roleKey === "learner").length;
    expect(logged.filter((line) => line.includes("@")).length).toBeGreaterThanOrEqual(learners);
  });

  it("Credentials: builds the tenant URL and pings", () => {
    expect(acme.baseUrl).toBe("https://acme.thoughtindustries.com/incoming/v2");
    expect(ping).toEqual({ valid: true });
  });

  it("Pagination: filters, pages and resumes", () => {
    expect(admins.every((u) => u.roleKey === "admin")).toBe(true);
    const listedThen = server.state.users.filter((u) => u.email !== "new.hire@example.com"); // created later
    expect([...firstHundred, ...theRest].map((u) => u.id)).toEqual(listedThen.map((u) => u.id));
  });

  it("Users: finds by e-mail and external id, reports a 404", () => {
    expect(byEmail.firstName).toBe("Li");
    expect(byExternalId.id).toBe(server.state.users[3]!.id);
    expect(logged).toContain("User not found");
  });

  it("Writing: upserts, updates and disables", () => {
    const written = server.state.users.find((u) => u.id === hire.id)!;
    expect(written).toMatchObject({ lastName: "Brown-Okafor", disabled: true });
  });

  it("Event feeds: collects completions in the window", async () => {
    const stored = server.state.events.courseAction.filter((e) => e.event === "completed");
    expect(completed).toBeGreaterThan(0);
    expect(completed).toBe(stored.length);
    let count = 0;
    for await (const _ of logins) count++;
    expect(count).toBe(0); // the fake's events are from 2025
  });

  it("Errors: a ValidationError, a 400 body and a RateLimitError", () => {
    expect(logged).toContain("path.id path-segment");
    expect(reset.response.status).toBe(400);
    expect(logged.some((line) => line.startsWith("retry at 20"))).toBe(true);
  });

  it("Pacing and the fake", () => {
    expect(standard.baseUrl).toBe(baseUrl);
    expect(enterprise.baseUrl).toBe(baseUrl);
    expect(listed).toHaveLength(250);
  });
});
