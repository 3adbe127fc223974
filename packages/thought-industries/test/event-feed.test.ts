import { describe, expect, it } from "vitest";
import type { EventFeedPath } from "../src/index.js";
import { clientFor, eventsAt, startTi, type TiEvent, type TiServer } from "./fixtures.js";

const FEEDS = [
  "courseAction",
  "courseView",
  "coursePurchase",
  "courseCompletion",
  "courseEnrollment",
  "courseCertificate",
  "activeCourseCertificate",
  "login",
  "visit",
  "learningPathAction",
  "emailCapture",
] as const;

const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);
const feedCalls = (server: TiServer, feed: string) =>
  server.requests.filter((r) => r.route === `/events/${feed}`);

async function collect(iterable: AsyncIterable<TiEvent>) {
  const out: TiEvent[] = [];
  for await (const event of iterable) out.push(event);
  return out;
}

describe("paginate over the event feeds (window style)", () => {
  it.each([true, false])(
    "lists every event of every feed once, newest first (prefetch %s)",
    async (prefetch) => {
      const events = Object.fromEntries(FEEDS.map((feed, i) => [feed, eventsAt(230 + i)]));
      // 21 calls at once: past the plan's burst of 20 (a test of walks, not of the rate limit)
      const server = await startTi({ records: { users: [], events }, rateLimit: false });
      const client = clientFor(server);
      for (const feed of FEEDS) {
        const path = `/events/${feed}` as EventFeedPath;
        const got = await client
          .paginate(path, { params: { query: { startDate: 0 } } }, { prefetch })
          .toArray();
        expect(ids(got), feed).toEqual(ids(server.state.events[feed]));
        // the window slides to the oldest delivered event's millisecond; the last call is short, so it ends there
        const ends = feedCalls(server, feed).map((r) => r.query.endDate);
        expect(ends).toHaveLength(3);
        expect(ends.slice(0, 2)).toEqual([undefined, String(Date.parse(got[99]!.timestamp))]);
      }
    },
  );

  it("reads the documented envelope too", async () => {
    const server = await startTi({
      records: { users: [], events: { login: eventsAt(150) }, settings: { shape: "envelope" } },
    });
    expect(ids(await clientFor(server).paginate("/events/login").toArray())).toEqual(
      ids(server.state.events.login),
    );
  });

  it("delivers events that share a millisecond across a call boundary exactly once (windowKey)", async () => {
    const feed = eventsAt(450, [100, 101, 202, 250]); // 99–101 and 201–202 straddle calls; 249–250 do not
    const server = await startTi({ records: { users: [], events: { courseAction: feed } } });
    const got = await clientFor(server).paginate("/events/courseAction").toArray();
    expect(ids(got)).toEqual(ids(feed));
  });
});

describe("client.eventFeed", () => {
  it("delivers events sharing a millisecond across call boundaries exactly once, in order", async () => {
    const feed = eventsAt(450, [100, 101, 202, 250]);
    const server = await startTi({ records: { users: [], events: { courseAction: feed } } });
    const got = await collect(clientFor(server).eventFeed("/events/courseAction"));
    expect(ids(got)).toEqual(ids(feed));
  });

  it("walks every seeded feed (several hundred events each, with bulk bursts) without loss", async () => {
    const server = await startTi({ users: 150, seed: 11, rateLimit: false });
    const client = clientFor(server);
    for (const feed of FEEDS) {
      const all = server.state.events[feed];
      expect(all.some((e, i) => i > 0 && e.timestamp === all[i - 1]!.timestamp)).toBe(true);
      const got = await collect(client.eventFeed(`/events/${feed}`, { startDate: 0 }));
      expect(all.length).toBe(450);
      expect(ids(got), feed).toEqual(ids(all));
    }
  });

  it("keeps the window and the filters on every call; takes Date, epoch ms or ISO bounds", async () => {
    const server = await startTi({ users: 200, seed: 5 });
    const all = server.state.events.courseAction;
    const from = all[380]!.timestamp;
    const to = all[20]!.timestamp;
    const expected = all.filter((e) => e.timestamp >= from && e.timestamp <= to && e.type === "enrollment");
    const client = clientFor(server);
    for (const [startDate, endDate] of [
      [new Date(from), new Date(to)],
      [Date.parse(from), Date.parse(to)],
      [from, to],
    ] as const) {
      server.ledger.clear();
      const got = await collect(
        client.eventFeed("/events/courseAction", { startDate, endDate, kind: "enrollment" }),
      );
      expect(ids(got)).toEqual(ids(expected));
      const calls = feedCalls(server, "courseAction");
      expect(
        calls.every(
          (r) =>
            r.query.kind === "enrollment" &&
            r.query.startDate === String(startDate instanceof Date ? Date.parse(from) : startDate),
        ),
      ).toBe(true);
    }
  });

  it("fails rather than skip when 100 events or more share one millisecond", async () => {
    const feed = eventsAt(
      130,
      Array.from({ length: 110 }, (_, i) => i + 1),
    );
    const server = await startTi({ records: { users: [], events: { visit: feed } } });
    await expect(collect(clientFor(server).eventFeed("/events/visit"))).rejects.toMatchObject({
      name: "PaginationError",
      message: expect.stringMatching(
        new RegExp(`share the millisecond ${Date.parse("2024-11-20T18:00:00.000Z")}`),
      ),
    });
  });

  it("refuses a malformed window bound before sending", async () => {
    const server = await startTi({ users: 1 });
    const walk = collect(clientFor(server).eventFeed("/events/login", { startDate: "last tuesday" }));
    await expect(walk).rejects.toMatchObject({
      name: "ValidationError",
      field: "query.startDate",
      rule: "oneOf",
      message: "query.startDate must be one of: integer or date-time (got last tuesday)",
    });
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a window that ends before it starts; ends on an empty feed after one request", async () => {
    const server = await startTi({ records: { users: [], events: {} } });
    const client = clientFor(server);
    await expect(
      collect(client.eventFeed("/events/login", { startDate: 10, endDate: 5 })),
    ).rejects.toMatchObject({ name: "ValidationError", field: "query.startDate", rule: "notAfter" });
    expect(server.requests).toHaveLength(0);
    expect(await collect(client.eventFeed("/events/login", { startDate: 5, endDate: 5 }))).toEqual([]);
    expect(await collect(client.eventFeed("/events/login"))).toEqual([]);
    expect(server.requests).toHaveLength(2);
  });
});
