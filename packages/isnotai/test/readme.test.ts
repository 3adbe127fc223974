/**
 * Runs every ```ts block of the README, verbatim and in order, against the isnotai fake (a root
 * test checks that each block stands in this file). The blocks are module code: their imports are
 * hoisted, so the setup may come first. It defines what the blocks take as given: `baseUrl` (the
 * fake's URL), `sessionId`, and the ISNOTAI_API_KEY (Pro) and ISNOTAI_FREE_KEY variables.
 */
import { startFakeServer as startFake } from "@clientele/testing";
import { afterAll, describe, expect, it, vi } from "vitest";

declare const process: { env: Record<string, string | undefined> };

const server = await startFake("isnotai", { users: 60, seed: 3, auth: { perMinute: false } });
const baseUrl = server.url;
process.env.ISNOTAI_API_KEY = server.auth.keys.us.pro;
process.env.ISNOTAI_FREE_KEY = server.auth.keys.us.free;
const sessionId = server.state.sessions[0]!.id;
const june = Date.parse("2026-06-01T00:00:00Z");
server.state.events.set(
  sessionId,
  ["init", "mouse_move", "keypress", "mouse_move"].map((eventTypeName, i) => ({
    eventId: `evt_${i}`,
    messageId: [1, 2, 4, 2][i],
    eventTypeName,
    timestamp: june + (i - 1) * 60_000,
    payloadSize: 32,
  })),
);
const logged: string[] = [];
const log = vi
  .spyOn(console, "log")
  .mockImplementation((...args: unknown[]) => void logged.push(args.join(" ")));
afterAll(async () => {
  log.mockRestore();
  await server.close();
});
const marks: number[] = [];
const mark = () => marks.push(logged.length);

// README: Quickstart
mark();
import { createIsNotAiClient, isApiError, isValidationError, tierOf, unwrap } from "@clientele/isnotai";

// baseUrl: here a fake server; leave it out and requests go to your region's host.
const client = createIsNotAiClient({ apiKey: process.env.ISNOTAI_API_KEY!, baseUrl });

for await (const user of client.paginate("/v1/users", { params: { query: { search: "canvas" } } })) {
  console.log(user.userId, user.riskLevel);
}

const result = await client.GET("/v1/analytics", { params: { query: { period: "24h", groupBy: "hour" } } });
const { data } = await unwrap(result);
console.log(tierOf(result), data.summary?.totalSessions, data.timeSeries?.length); // e.g. pro 12 24

// README: Credentials and servers
mark();
const eu = createIsNotAiClient({ apiKey: process.env.ISNOTAI_API_KEY!, region: "eu" });
console.log(eu.baseUrl); // https://api-eu.isnotai.com

// For a proxy that strips Authorization: the key goes in x-api-key.
const viaProxy = createIsNotAiClient({
  apiKey: process.env.ISNOTAI_API_KEY!,
  sendKeyAs: "x-api-key",
  baseUrl,
});

// README: A key that is not a key
mark();
try {
  createIsNotAiClient({ apiKey: "sk_live_0123456789" });
} catch (error) {
  if (isValidationError(error)) console.log(error.field, error.rule); // apiKey pattern
}

// README: The plan tier
mark();
const integration = await client.GET("/v1/integration");
console.log(tierOf(integration), integration.data?.data.apiKeyMasked?.slice(0, 7)); // pro aik_v1_

// README: Pagination: clamping
mark();
const free = createIsNotAiClient({ apiKey: process.env.ISNOTAI_FREE_KEY!, baseUrl });
for await (const page of free.paginate("/v1/users", { params: { query: { pageSize: 100 } } }).pages()) {
  console.log(page.requestedSize, page.usedSize, page.items.length, tierOf(page));
}
// 100 50 50 free
// 100 50 10 free

// README: Pagination: events
mark();
const events = client.paginate("/v1/sessions/{sessionId}/events", {
  params: {
    path: { sessionId },
    query: { type: "mouse_move", startTime: Date.parse("2026-06-01T00:00:00Z") },
  },
});
for await (const event of events) console.log(event.eventTypeName, new Date(event.timestamp!).toISOString());

// README: Pagination: resume
mark();
const query = { botOnly: true, pageSize: 5 };
const walk = client.paginate("/v1/sessions", { params: { query } });
const firstTen = await walk.toArray({ max: 10 });
const saved = JSON.stringify(walk.position);
const rest = await client
  .paginate("/v1/sessions", { params: { query } }, { resume: JSON.parse(saved) })
  .toArray();

// README: Errors
mark();
try {
  await unwrap(
    client.GET("/v1/sessions/{sessionId}", { params: { path: { sessionId: "no-such-session" } } }),
  );
} catch (error) {
  if (isApiError(error)) console.log(error.status, error.code); // 404 NOT_FOUND
}

// README: Retries, deadlines and pacing
mark();
const patient = createIsNotAiClient({
  apiKey: process.env.ISNOTAI_API_KEY!,
  baseUrl,
  retry: { retries: 4, maxRetryAfterMs: 30_000 }, // or a number, or false
  timeoutMs: 10_000, // per attempt
  deadlineMs: 60_000, // the whole call, retries and waits included
  pace: "pro", // the Pro plan's budget from the spec; `pace: true` uses Free's 60 a minute
});

// README: Testing against the fake
mark();
import { startFakeServer } from "@clientele/testing";

const fake = await startFakeServer("isnotai", { users: 40, seed: 7 });
const tested = createIsNotAiClient({ apiKey: fake.auth.keys.us.free, baseUrl: fake.url });
const sessions = await tested.paginate("/v1/sessions").toArray();
console.log(sessions.length === fake.state.sessions.length); // true
await fake.close();

mark();

/** What the README block number `n` printed. */
const printed = (n: number) => logged.slice(marks[n], marks[n + 1]);

describe("README", () => {
  it("quickstart: lists the matching users, then the 24-hour analytics and the tier", () => {
    const canvas = server.state.users.filter((u) => u.userId.includes("canvas"));
    expect(printed(0).slice(0, -1)).toEqual(canvas.map((u) => `${u.userId} ${u.riskLevel}`));
    expect(printed(0).at(-1)).toMatch(/^pro \d+ 24$/);
  });

  it("credentials: routes by region, sends x-api-key when told, refuses a key of another kind", () => {
    expect(printed(1)).toEqual(["https://api-eu.isnotai.com"]);
    expect(viaProxy.baseUrl).toBe(baseUrl);
    expect(printed(2)).toEqual(["apiKey pattern"]);
  });

  it("the plan tier", () => {
    expect(printed(3)).toEqual(["pro aik_v1_"]);
  });

  it("pagination: reports the clamp, walks events, resumes without a gap", () => {
    expect(printed(4)).toEqual(["100 50 50 free", "100 50 10 free"]);
    expect(printed(5)).toEqual([0, 2].map((m) => `mouse_move ${new Date(june + m * 60_000).toISOString()}`));
    const bots = server.state.sessions.filter((s) => (s.botScore ?? 0) >= 0.7).map((s) => s.id);
    expect(firstTen).toHaveLength(10);
    expect([...firstTen, ...rest].map((s) => s.id)).toEqual(bots);
  });

  it("errors: a missing session is ApiError 404 NOT_FOUND", () => {
    expect(printed(7)).toEqual(["404 NOT_FOUND"]);
  });

  it("retries and deadlines: the options are accepted", () => {
    expect(patient.baseUrl).toBe(baseUrl);
  });

  it("testing against the fake", () => {
    expect(printed(9)).toEqual(["true"]);
  });
});
