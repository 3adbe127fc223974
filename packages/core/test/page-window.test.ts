import { describe, expect, it } from "vitest";
import { type PagePosition, type ProviderMetadata, createClient, windowPagination } from "../src/index.js";

/** A feed served newest first, at most `per` events a call, with `endDate` inclusive (epoch ms). */
interface Event {
  id: string;
  timestamp: number;
}

const meta = (windowKey?: string) =>
  ({
    name: "feed",
    servers: [{ url: "https://feed.example.test" }],
    securitySchemes: {},
    errors: {},
    operations: {
      "GET /events": {
        id: "events",
        pagination: {
          style: "window",
          items: "/events",
          windowParam: "endDate",
          windowField: "/timestamp",
          ...(windowKey && { windowKey }),
        },
      },
    },
    pageStyles: { window: windowPagination },
  }) as const satisfies ProviderMetadata;

/** 23 events, newest first; several share a millisecond, including across every page boundary of 5. */
const EVENTS: Event[] = [
  100, 100, 99, 98, 97, 97, 97, 96, 95, 94, 94, 93, 92, 91, 90, 90, 89, 88, 87, 86, 86, 85, 85,
].map((timestamp, i) => ({ id: `e${i}`, timestamp }));

function feed(events: Event[], per: number) {
  const requests: URLSearchParams[] = [];
  const fetch = async (request: Request) => {
    const query = new URL(request.url).searchParams;
    requests.push(query);
    const end = query.has("endDate") ? Number(query.get("endDate")) : Infinity;
    return Response.json({ events: events.filter((e) => e.timestamp <= end).slice(0, per) });
  };
  return { fetch, requests };
}

const client = (windowKey: string | undefined, fetch: (r: Request) => Promise<Response>) =>
  createClient<{ "/events": { get: {} } }, { "/events": Event }>(meta(windowKey), { fetch });
const ids = (events: Event[]) => events.map((e) => e.id);

describe("window pagination with item keys", () => {
  it("delivers every event once even when a millisecond spans a page boundary", async () => {
    // a provider must return at least as many events a call as share one millisecond (here 3)
    for (const per of [3, 4, 5, 7, 30]) {
      const { fetch } = feed(EVENTS, per);
      expect(ids(await client("/id", fetch).paginate("/events").toArray()), `${per} a call`).toEqual(
        ids(EVENTS),
      );
    }
  });

  it("without item keys, steps one millisecond back and loses events that share the boundary millisecond", async () => {
    const { fetch } = feed(EVENTS, 5);
    const seen = ids(await client(undefined, fetch).paginate("/events").toArray());
    expect(seen.length).toBeLessThan(EVENTS.length);
  });

  it("resumes mid-page from a saved position without repeating or losing an event", async () => {
    const { fetch } = feed(EVENTS, 3);
    for (let stopAfter = 1; stopAfter < EVENTS.length; stopAfter += 4) {
      const first = client("/id", fetch).paginate("/events");
      const head: Event[] = [];
      for await (const e of first) if (head.push(e) === stopAfter) break;
      const saved = JSON.parse(JSON.stringify(first.position)) as PagePosition;
      const rest = await client("/id", fetch).paginate("/events", {}, { resume: saved }).toArray();
      expect(ids([...head, ...rest]), `stopped after ${stopAfter}`).toEqual(ids(EVENTS));
    }
  });

  it("ends when an empty window follows", async () => {
    const { fetch, requests } = feed(EVENTS.slice(0, 2), 5);
    expect(ids(await client("/id", fetch).paginate("/events").toArray())).toEqual(["e0", "e1"]);
    expect(requests.map((q) => q.get("endDate"))).toEqual([null, "100", "99"]);
  });
});

describe("window pagination: more items in one millisecond than a call returns", () => {
  it("fails with a PaginationError instead of skipping them, when the spec gives windowMax", async () => {
    const burst = Array.from({ length: 4 }, (_, i) => ({ id: `b${i}`, timestamp: 50 }));
    const { fetch } = feed(burst, 3);
    const capped = {
      ...meta("/id"),
      operations: {
        "GET /events": {
          id: "events",
          pagination: { ...meta("/id").operations["GET /events"].pagination, windowMax: 3 },
        },
      },
    } as const satisfies ProviderMetadata;
    const walk = createClient<{ "/events": { get: {} } }, { "/events": Event }>(capped, { fetch })
      .paginate("/events")
      .toArray();
    await expect(walk).rejects.toMatchObject({
      name: "PaginationError",
      message: expect.stringMatching(/share the millisecond 50/),
    });
  });
});

describe("window pagination: a call that returned fewer items than windowMax is the last", () => {
  it("ends without asking again", async () => {
    const { fetch, requests } = feed(EVENTS, 5);
    const capped = {
      ...meta("/id"),
      operations: {
        "GET /events": {
          id: "events",
          pagination: { ...meta("/id").operations["GET /events"].pagination, windowMax: 5 },
        },
      },
    } as const satisfies ProviderMetadata;
    const got = await createClient<{ "/events": { get: {} } }, { "/events": Event }>(capped, { fetch })
      .paginate("/events")
      .toArray();
    expect(ids(got)).toEqual(ids(EVENTS));
    // each later call starts with the boundary events it drops; the last call is short, so no empty call follows
    expect(requests.length).toBe(6);
  });
});
