import { describe, expect, it } from "vitest";
import { tierOf, unwrap } from "../src/index";
import { clientOf, startFake } from "./fixtures";

const MODES = [
  { label: "prefetch on", options: {} },
  { label: "prefetch and concurrency off", options: { prefetch: false, concurrency: 1 } },
] as const;

function events(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    eventId: `evt_${String(i).padStart(4, "0")}`,
    messageId: 2,
    eventTypeName: "mouse_move",
    timestamp: 1_782_000_000_000 + i * 10,
    payloadSize: 32,
  }));
}

describe.each(MODES)("paginate, $label", ({ options }) => {
  it("lists every user and every session once, in the fake's order", async () => {
    const server = await startFake({ users: 45, seed: 4 });
    const client = clientOf(server);
    const users = await client
      .paginate("/v1/users", { params: { query: { pageSize: 8 } } }, options)
      .toArray();
    expect(users.map((u) => u.userId)).toEqual(server.state.users.map((u) => u.userId));
    const sessions = await client
      .paginate("/v1/sessions", { params: { query: { pageSize: 11 } } }, options)
      .toArray();
    expect(sessions.map((s) => s.id)).toEqual(server.state.sessions.map((s) => s.id));
  });

  it("lists every event of a session once, in order, at the default page size", async () => {
    const server = await startFake();
    const { id } = server.state.sessions[2]!;
    server.state.events.set(id, events(230));
    const seen = [];
    for await (const page of clientOf(server)
      .paginate("/v1/sessions/{sessionId}/events", { params: { path: { sessionId: id } } }, options)
      .pages())
      seen.push(page.items.length);
    expect(seen).toEqual([100, 100, 30]);
    const all = await clientOf(server, "free")
      .paginate("/v1/sessions/{sessionId}/events", { params: { path: { sessionId: id } } }, options)
      .toArray();
    expect(all).toEqual(events(230));
  });

  it("lists every user's sessions once, ids with ':', '@' and '/' included", async () => {
    const server = await startFake({ users: 12 });
    const client = clientOf(server);
    for (const { userId } of server.state.users) {
      const own = server.state.sessions.filter((s) => s.userId === userId);
      const walked = await client
        .paginate(
          "/v1/users/{userId}/sessions",
          { params: { path: { userId }, query: { pageSize: 1 } } },
          options,
        )
        .toArray();
      expect(walked).toEqual(own);
    }
    expect(
      server.state.users.some((u) => u.userId.includes("/")) &&
        server.state.users.some((u) => u.userId.includes("@")),
    ).toBe(true);
  });

  it("lists every course once, as one large page lists them", async () => {
    const server = await startFake({ users: 30 });
    const client = clientOf(server);
    const { data } = await unwrap(client.GET("/v1/courses", { params: { query: { pageSize: 100 } } }));
    expect(data.length).toBeGreaterThan(3);
    expect(
      await client.paginate("/v1/courses", { params: { query: { pageSize: 2 } } }, options).toArray(),
    ).toEqual(data);
  });
});

describe("paginate: the page size the server used", () => {
  it("reports a Free key's pageSize 100 clamped to 50, and the tier, on every page", async () => {
    const server = await startFake({ users: 120 });
    const pages = [];
    for await (const page of clientOf(server, "free")
      .paginate("/v1/users", { params: { query: { pageSize: 100 } } })
      .pages())
      pages.push([page.requestedSize, page.usedSize, page.items.length, tierOf(page)]);
    expect(pages).toEqual([
      [100, 50, 50, "free"],
      [100, 50, 50, "free"],
      [100, 50, 20, "free"],
    ]);
  });

  it("reports listEvents' default of 100 as 50 used on Free and 100 on Pro", async () => {
    const server = await startFake();
    const { id } = server.state.sessions[0]!;
    server.state.events.set(id, events(120));
    const init = { params: { path: { sessionId: id } } };
    for (const [tier, used] of [
      ["free", 50],
      ["pro", 100],
    ] as const) {
      for await (const page of clientOf(server, tier)
        .paginate("/v1/sessions/{sessionId}/events", init)
        .pages()) {
        expect([page.requestedSize, page.usedSize]).toEqual([undefined, used]);
        break;
      }
    }
  });
});

describe("paginate: stopping, resuming, failures", () => {
  it("stops at toArray's max and resumes from position without a gap or a repeat", async () => {
    const server = await startFake({ users: 30 });
    const client = clientOf(server);
    const init = { params: { query: { pageSize: 7 } } };
    const first = client.paginate("/v1/users", init);
    const head = await first.toArray({ max: 10 });
    const rest = await client
      .paginate("/v1/users", init, { resume: JSON.parse(JSON.stringify(first.position)) })
      .toArray();
    expect([...head, ...rest].map((u) => u.userId)).toEqual(server.state.users.map((u) => u.userId));
  });

  it("retries a 503 mid-walk and still delivers each item once", async () => {
    const server = await startFake({ users: 20 });
    server.setFaults(["ok", "503", "ok", "502"]);
    const users = await clientOf(server)
      .paginate("/v1/users", { params: { query: { pageSize: 6 } } }, { prefetch: false })
      .toArray();
    expect(users.map((u) => u.userId)).toEqual(server.state.users.map((u) => u.userId));
    expect(server.ledger.faults["503"] + server.ledger.faults["502"]).toBe(2);
  });

  it("ends on a last page whose nextCursor is absent or empty", async () => {
    const server = await startFake({ users: 3 });
    const client = clientOf(server);
    const endings = [];
    for (const path of ["/v1/users", "/v1/sessions"] as const)
      for await (const page of client.paginate(path).pages())
        endings.push((page.data as { pagination: object }).pagination);
    expect(endings).toEqual([
      { nextCursor: "", hasMore: false, limit: 50 },
      { hasMore: false, limit: 50 },
    ]);
  });
});
